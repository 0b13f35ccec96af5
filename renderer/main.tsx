import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/tiptap/styles.css';
import './app/fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';

const root = createRoot(document.getElementById('root') as HTMLElement);
void bootstrap().then((boot) =>
  root.render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  ),
);
