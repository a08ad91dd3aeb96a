import { render } from 'preact';

function Options() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: 0 }}>Glosa settings</h1>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
