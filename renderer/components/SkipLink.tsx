import { Button } from '@mantine/core';
import { useState } from 'react';

/**
 * The first stop of the Tab key: jumps past the navigation to the screen's content.
 * A button, not a link: "#main" would be read as a route by the hash router.
 * Hidden until it has the keyboard focus.
 */
export function SkipLink({ label, targetId }: { label: string; targetId: string }) {
  const [focused, setFocused] = useState(false);
  return (
    <Button
      size="xs"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={() => document.getElementById(targetId)?.focus()}
      style={
        focused
          ? { position: 'fixed', top: 8, left: 8, zIndex: 1000 }
          : {
              position: 'fixed',
              width: 1,
              height: 1,
              padding: 0,
              overflow: 'hidden',
              clipPath: 'inset(50%)',
              whiteSpace: 'nowrap',
            }
      }
    >
      {label}
    </Button>
  );
}
