import { VisuallyHidden } from '@mantine/core';

/**
 * A button's words with what it acts on for screen readers: "Delete (Landshut)". The visible
 * words come first and whole, so a voice-control user who says what they see ("click Delete")
 * reaches the button (WCAG 2.5.3, label in name), and a row of Delete buttons is still told apart.
 */
export function ActionLabel({ label, target }: { label: string; target: string }) {
  return (
    <>
      {label}
      <VisuallyHidden> ({target})</VisuallyHidden>
    </>
  );
}
