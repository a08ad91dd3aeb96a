import { render } from 'preact';
import { glossary } from '../../data/glossary';

function Popup() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px', width: '320px' }}>
      <h1 style={{ fontSize: '16px', margin: 0 }}>Glosa</h1>
      <p>{glossary.length} terms in the glossary. Glosa marks them on the pages you read.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
