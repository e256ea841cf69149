import type { ControlProps } from './field.js';

/** Usernames are typed exactly: no auto-capitals or spelling fixes on phones. */
export function UsernameInput({ value, onChange, ...control }: ControlProps & { value: string; onChange: (username: string) => void }) {
  return (
    <input
      {...control}
      name="username"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
