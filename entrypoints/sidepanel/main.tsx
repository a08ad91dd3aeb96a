import { render } from 'preact';

function SidePanel() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: 0 }}>Glosa notes</h1>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
