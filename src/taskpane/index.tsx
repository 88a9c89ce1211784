import { mountTaskpane } from './mount';

const container = document.getElementById('root');
if (container) void mountTaskpane(container);
