import { createRoot } from 'react-dom/client';
import { App, type Report } from './app.js';

const report: Report = {};
(globalThis as { report?: Report }).report = report;
createRoot(document.getElementById('root')!).render(<App report={report} />);
