/**
 * Version 1 of a new group's agreement when the facilitator does not write their own.
 * English for now; a group can publish its own text (in any language) at any time.
 */
export const DEFAULT_AGREEMENT = `Our group agreement

1. Consent. What you share is your choice. You never have to share, and you can stop at any time.
2. Passing is always OK. In any round you can say "pass", and nobody asks why.
3. Respect. We speak about our own experience, using "I". We do not judge, diagnose, or give advice nobody asked for.
4. Non-coercion. Nobody is pressured to share, to set a goal, or to take any path in recovery. Every path is welcome here.
5. Confidentiality. What is said here stays here. We do not repeat who came or what anyone shared, inside or outside the group.
6. One voice at a time. We listen without interrupting and give everyone room to speak.
7. Safety. If someone may be in danger, the facilitator may step outside this agreement to help keep them safe, and will say so.`;
