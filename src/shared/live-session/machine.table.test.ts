import { describe, expect, it } from 'vitest';
import type { RuleCode } from './machine.js';
import { agenda, join, leave, refusal, run, start } from './machine.fixtures.js';
import type { SessionCommandInput, SessionState } from './schema.js';

// Every command, allowed and refused, with the exact rule code. fa runs the session; fa and co
// are the core team; ana and ben are members; zed never came; out came and left.
const base = () => leave(join(start(), 'ana', 'ben', 'co', 'out'), 'out');
const opening = base;
const openingAfterShare = () => run(opening(), 'fa', { type: 'round.share', mood: 3, energy: 3, craving: 0 });
const openingDone = () => ['fa', 'ana', 'ben', 'co'].reduce((s, who) => run(s, who, { type: 'round.pass' }), opening());
const discussion = () => run(opening(), 'fa', { type: 'phase.next', expectedPhaseId: 'p1' });
const withHand = () => run(discussion(), 'ana', { type: 'hand.raise' });
const withSpeaker = () => run(withHand(), 'fa', { type: 'queue.next' });
const practice = () => run(discussion(), 'fa', { type: 'phase.next', expectedPhaseId: 'p2' });
const closing = () => run(practice(), 'fa', { type: 'phase.next', expectedPhaseId: 'p3' });
const custom = () => join(start(agenda('custom')), 'ana', 'co');
const skippedTail = () => run(run(run(opening(), 'fa', { type: 'phase.skip', phaseId: 'p2' }), 'fa', { type: 'phase.skip', phaseId: 'p3' }), 'fa', { type: 'phase.skip', phaseId: 'p4' });
const ended = () => run(opening(), 'fa', { type: 'session.end' });

const share = { type: 'round.share', mood: 3, energy: 2, craving: 1 } as const;
const reflect = { type: 'round.reflect', takeaway: 'breathing helps' } as const;

type Case = [string, () => SessionState, string, SessionCommandInput, RuleCode | null];
const cases: Case[] = [
  // phase.next
  ['next: runner, expected phase', opening, 'fa', { type: 'phase.next', expectedPhaseId: 'p1' }, null],
  ['next: a member', opening, 'ana', { type: 'phase.next', expectedPhaseId: 'p1' }, 'not_facilitator'],
  ['next: a co-facilitator not running it', opening, 'co', { type: 'phase.next', expectedPhaseId: 'p1' }, 'not_facilitator'],
  ['next: double tap (already moved on)', discussion, 'fa', { type: 'phase.next', expectedPhaseId: 'p1' }, 'stale'],
  ['next: a phase to come', opening, 'fa', { type: 'phase.next', expectedPhaseId: 'p3' }, 'stale'],
  ['next: last phase', closing, 'fa', { type: 'phase.next', expectedPhaseId: 'p4' }, 'no_next_phase'],
  ['next: only skipped phases left', skippedTail, 'fa', { type: 'phase.next', expectedPhaseId: 'p1' }, 'no_next_phase'],
  ['next: stale wins over last phase', closing, 'fa', { type: 'phase.next', expectedPhaseId: 'p3' }, 'stale'],
  ['next: someone who left', opening, 'out', { type: 'phase.next', expectedPhaseId: 'p1' }, 'not_present'],
  ['next: someone who never came', opening, 'zed', { type: 'phase.next', expectedPhaseId: 'p1' }, 'not_present'],
  // phase.skip
  ['skip: a phase to come', opening, 'fa', { type: 'phase.skip', phaseId: 'p3' }, null],
  ['skip: the active phase', opening, 'fa', { type: 'phase.skip', phaseId: 'p1' }, 'not_pending'],
  ['skip: a done phase', discussion, 'fa', { type: 'phase.skip', phaseId: 'p1' }, 'not_pending'],
  ['skip: a skipped phase', skippedTail, 'fa', { type: 'phase.skip', phaseId: 'p3' }, 'not_pending'],
  ['skip: an unknown phase', opening, 'fa', { type: 'phase.skip', phaseId: 'p9' }, 'not_pending'],
  ['skip: a member', opening, 'ana', { type: 'phase.skip', phaseId: 'p3' }, 'not_facilitator'],
  // phase.extend
  ['extend: runner', opening, 'fa', { type: 'phase.extend', minutes: 5 }, null],
  ['extend: a member', opening, 'ben', { type: 'phase.extend', minutes: 5 }, 'not_facilitator'],
  // phase.reorder
  ['reorder: every phase to come', opening, 'fa', { type: 'phase.reorder', order: ['p4', 'p2', 'p3'] }, null],
  ['reorder: same order', opening, 'fa', { type: 'phase.reorder', order: ['p2', 'p3', 'p4'] }, null],
  ['reorder: nothing to come, nothing listed', skippedTail, 'fa', { type: 'phase.reorder', order: [] }, null],
  ['reorder: one missing', opening, 'fa', { type: 'phase.reorder', order: ['p4', 'p2'] }, 'bad_order'],
  ['reorder: one twice', opening, 'fa', { type: 'phase.reorder', order: ['p4', 'p2', 'p2'] }, 'bad_order'],
  ['reorder: twice instead of one', opening, 'fa', { type: 'phase.reorder', order: ['p4', 'p4', 'p3'] }, 'bad_order'],
  ['reorder: the active phase listed', opening, 'fa', { type: 'phase.reorder', order: ['p1', 'p2', 'p3', 'p4'] }, 'bad_order'],
  ['reorder: a done phase listed', discussion, 'fa', { type: 'phase.reorder', order: ['p1', 'p3', 'p4'] }, 'bad_order'],
  ['reorder: a skipped phase listed', skippedTail, 'fa', { type: 'phase.reorder', order: ['p2'] }, 'bad_order'],
  ['reorder: an unknown phase', opening, 'fa', { type: 'phase.reorder', order: ['p4', 'p2', 'p9'] }, 'bad_order'],
  ['reorder: a member', opening, 'ana', { type: 'phase.reorder', order: ['p4', 'p2', 'p3'] }, 'not_facilitator'],
  // session.end
  ['end: runner in the first phase', opening, 'fa', { type: 'session.end' }, null],
  ['end: runner in the last phase', closing, 'fa', { type: 'session.end' }, null],
  ['end: a member', opening, 'ana', { type: 'session.end' }, 'not_facilitator'],
  ['end: a co-facilitator not running it', opening, 'co', { type: 'session.end' }, 'not_facilitator'],
  // facilitator.handover
  ['handover: to a present co-facilitator', opening, 'fa', { type: 'facilitator.handover', accountId: 'co' }, null],
  ['handover: a co-facilitator takes over', opening, 'co', { type: 'facilitator.handover', accountId: 'co' }, null],
  ['handover: to a member', opening, 'fa', { type: 'facilitator.handover', accountId: 'ana' }, 'not_core_team'],
  ['handover: a member takes over', opening, 'ana', { type: 'facilitator.handover', accountId: 'ana' }, 'not_core_team'],
  ['handover: to someone who never came', opening, 'fa', { type: 'facilitator.handover', accountId: 'zed' }, 'not_core_team'],
  ['handover: to a co-facilitator who left', () => leave(opening(), 'co'), 'fa', { type: 'facilitator.handover', accountId: 'co' }, 'not_core_team'],
  ['handover: a member hands it to the core team', opening, 'ana', { type: 'facilitator.handover', accountId: 'co' }, 'not_facilitator'],
  ['handover: a co-facilitator hands it back', opening, 'co', { type: 'facilitator.handover', accountId: 'fa' }, 'not_facilitator'],
  ['handover: to themself', opening, 'fa', { type: 'facilitator.handover', accountId: 'fa' }, 'nothing_to_do'],
  // round.next
  ['round next: the turn now', opening, 'fa', { type: 'round.next', expectedAccountId: 'fa' }, null],
  ['round next: after a share', openingAfterShare, 'fa', { type: 'round.next', expectedAccountId: 'fa' }, null],
  ['round next: not the turn now', opening, 'fa', { type: 'round.next', expectedAccountId: 'ana' }, 'stale'],
  ['round next: a member', opening, 'ana', { type: 'round.next', expectedAccountId: 'fa' }, 'not_facilitator'],
  ['round next: everyone had a turn', openingDone, 'fa', { type: 'round.next', expectedAccountId: 'co' }, 'nothing_to_do'],
  ['round next: in a discussion', discussion, 'fa', { type: 'round.next', expectedAccountId: 'fa' }, 'wrong_phase'],
  ['round next: in skill practice', practice, 'fa', { type: 'round.next', expectedAccountId: 'fa' }, 'wrong_phase'],
  ['round next: in a custom phase', custom, 'fa', { type: 'round.next', expectedAccountId: 'fa' }, 'wrong_phase'],
  ['round next: at closing', closing, 'fa', { type: 'round.next', expectedAccountId: 'fa' }, null],
  // round.pass
  ['pass: the runner on their turn', opening, 'fa', { type: 'round.pass' }, null],
  ['pass: a member on their turn', () => run(opening(), 'fa', { type: 'round.pass' }), 'ana', { type: 'round.pass' }, null],
  ['pass: at closing on their turn', closing, 'fa', { type: 'round.pass' }, null],
  ['pass: not their turn', opening, 'ana', { type: 'round.pass' }, 'not_your_turn'],
  ['pass: after sharing', openingAfterShare, 'fa', { type: 'round.pass' }, 'not_your_turn'],
  ['pass: everyone had a turn', openingDone, 'co', { type: 'round.pass' }, 'not_your_turn'],
  ['pass: in a discussion', discussion, 'fa', { type: 'round.pass' }, 'wrong_phase'],
  ['pass: in a custom phase', custom, 'fa', { type: 'round.pass' }, 'wrong_phase'],
  ['pass: someone who left', opening, 'out', { type: 'round.pass' }, 'not_present'],
  // round.share
  ['share: on their turn', opening, 'fa', share, null],
  ['share: not their turn', opening, 'ben', share, 'not_your_turn'],
  ['share: twice', openingAfterShare, 'fa', share, 'not_your_turn'],
  ['share: at closing', closing, 'fa', share, 'wrong_phase'],
  ['share: in a discussion', discussion, 'fa', share, 'wrong_phase'],
  ['share: in skill practice', practice, 'fa', share, 'wrong_phase'],
  // round.reflect
  ['reflect: on their turn', closing, 'fa', reflect, null],
  ['reflect: not their turn', closing, 'ana', reflect, 'not_your_turn'],
  ['reflect: twice', () => run(closing(), 'fa', reflect), 'fa', reflect, 'not_your_turn'],
  ['reflect: at the opening', opening, 'fa', reflect, 'wrong_phase'],
  ['reflect: in a discussion', discussion, 'fa', reflect, 'wrong_phase'],
  // hand.raise / hand.lower
  ['raise: a member', discussion, 'ana', { type: 'hand.raise' }, null],
  ['raise: the runner', discussion, 'fa', { type: 'hand.raise' }, null],
  ['raise: twice', withHand, 'ana', { type: 'hand.raise' }, 'already_in_queue'],
  ['raise: while speaking', withSpeaker, 'ana', { type: 'hand.raise' }, 'already_in_queue'],
  ['raise: in the opening round', opening, 'ana', { type: 'hand.raise' }, 'wrong_phase'],
  ['raise: in skill practice', practice, 'ana', { type: 'hand.raise' }, 'wrong_phase'],
  ['raise: someone who left', discussion, 'out', { type: 'hand.raise' }, 'not_present'],
  ['lower: a raised hand', withHand, 'ana', { type: 'hand.lower' }, null],
  ['lower: not raised', discussion, 'ana', { type: 'hand.lower' }, 'not_in_queue'],
  ['lower: while speaking', withSpeaker, 'ana', { type: 'hand.lower' }, 'not_in_queue'],
  ['lower: at closing', closing, 'ana', { type: 'hand.lower' }, 'wrong_phase'],
  // queue.next / queue.remove
  ['queue next: someone waiting', withHand, 'fa', { type: 'queue.next' }, null],
  ['queue next: speaker done, nobody waiting', withSpeaker, 'fa', { type: 'queue.next' }, null],
  ['queue next: nobody at all', discussion, 'fa', { type: 'queue.next' }, 'nothing_to_do'],
  ['queue next: a member', withHand, 'ana', { type: 'queue.next' }, 'not_facilitator'],
  ['queue next: in the opening round', opening, 'fa', { type: 'queue.next' }, 'wrong_phase'],
  ['queue remove: a raised hand', withHand, 'fa', { type: 'queue.remove', accountId: 'ana' }, null],
  ['queue remove: not waiting', withHand, 'fa', { type: 'queue.remove', accountId: 'ben' }, 'not_in_queue'],
  ['queue remove: the speaker', withSpeaker, 'fa', { type: 'queue.remove', accountId: 'ana' }, 'not_in_queue'],
  ['queue remove: a member', withHand, 'ben', { type: 'queue.remove', accountId: 'ana' }, 'not_facilitator'],
  ['queue remove: in a custom phase', custom, 'fa', { type: 'queue.remove', accountId: 'ana' }, 'wrong_phase'],
  // topic.set / practice.pick
  ['topic: set', discussion, 'fa', { type: 'topic.set', topic: 'Weekends' }, null],
  ['topic: cleared', discussion, 'fa', { type: 'topic.set', topic: null }, null],
  ['topic: a member', discussion, 'ana', { type: 'topic.set', topic: 'Weekends' }, 'not_facilitator'],
  ['topic: in skill practice', practice, 'fa', { type: 'topic.set', topic: 'Weekends' }, 'wrong_phase'],
  ['practice: pick', practice, 'fa', { type: 'practice.pick', practiceId: 'box_breathing' }, null],
  ['practice: clear', practice, 'fa', { type: 'practice.pick', practiceId: null }, null],
  ['practice: a member', practice, 'ana', { type: 'practice.pick', practiceId: 'box_breathing' }, 'not_facilitator'],
  ['practice: in a discussion', discussion, 'fa', { type: 'practice.pick', practiceId: 'box_breathing' }, 'wrong_phase'],
  ['practice: in a custom phase', custom, 'fa', { type: 'practice.pick', practiceId: 'halt_check' }, 'wrong_phase'],
];

describe('live session machine: who may do what, when', () => {
  it.each(cases)('%s', (_name, state, actor, input, code) => {
    expect(refusal(state(), actor, input)).toBe(code ?? undefined);
  });

  const everyCommand: SessionCommandInput[] = [
    { type: 'phase.next', expectedPhaseId: 'p1' },
    { type: 'phase.skip', phaseId: 'p2' },
    { type: 'phase.extend', minutes: 1 },
    { type: 'phase.reorder', order: ['p2', 'p3', 'p4'] },
    { type: 'session.end' },
    { type: 'facilitator.handover', accountId: 'co' },
    { type: 'round.next', expectedAccountId: 'fa' },
    { type: 'round.pass' },
    share,
    reflect,
    { type: 'hand.raise' },
    { type: 'hand.lower' },
    { type: 'queue.next' },
    { type: 'queue.remove', accountId: 'ana' },
    { type: 'topic.set', topic: 'x' },
    { type: 'practice.pick', practiceId: 'urge_surfing' },
  ];
  it.each(everyCommand.map((c) => [c.type, c] as const))('once ended, %s is refused for everyone with session_ended', (_type, input) => {
    const state = ended();
    for (const actor of ['fa', 'co', 'ana', 'out', 'zed']) expect(refusal(state, actor, input)).toBe('session_ended');
  });
  it.each(everyCommand.map((c) => [c.type, c] as const))('%s from someone not present is refused with not_present', (_type, input) => {
    for (const actor of ['out', 'zed']) expect(refusal(opening(), actor, input)).toBe('not_present');
  });
});
