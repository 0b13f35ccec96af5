import { createTheme } from '@mantine/core';

export const theme = createTheme({
  fontFamily: "'Noto Sans', sans-serif",
  headings: { fontFamily: "'Noto Sans', sans-serif" },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Table: { defaultProps: { striped: true, highlightOnHover: true, verticalSpacing: 'xs' } },
  },
});
