import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's default shades put text at 2.4–4.3 : 1 on white (dimmed gray 6, indigo 6 links,
 * white on cyan or green). WCAG AA asks 4.5 : 1, and axe over every screen (tests/e2e/a11y.spec.ts)
 * holds us to it: links and filled buttons take shade 8, filled surfaces pick black or white
 * text by their own brightness, and a badge's words are in the text colour, its hue in the
 * background, border or dot.
 */
export const theme = createTheme({
  fontFamily: "'Noto Sans', sans-serif",
  headings: { fontFamily: "'Noto Sans', sans-serif" },
  primaryColor: 'indigo',
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: 'sm',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Table: { defaultProps: { striped: true, highlightOnHover: true, verticalSpacing: 'xs' } },
    Badge: Badge.extend({
      vars: (_theme, props) =>
        props.variant === 'light' || props.variant === 'outline' || props.variant === 'dot'
          ? { root: { '--badge-color': 'var(--mantine-color-text)' } }
          : { root: {} },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
