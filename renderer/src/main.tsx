import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/tokens.css';
import './ui/base.css';
import './ui/components.css';
import './app/shell.css';
import './app/screens.css';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { setupI18n } from './lib/i18n';
import { prefs } from './lib/prefs';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Preferences first, so the first paint is already in the chosen language.
await prefs.load();
createRoot(root).render(
  <StrictMode>
    <App i18n={setupI18n(prefs)} queryClient={createQueryClient()} />
  </StrictMode>,
);
