/**
 * Stands in for the form's later sections (about you, the installation, the
 * problem) until the coverage questions are answered: the customer learns
 * whether the package covers the request before writing it up, and the page
 * first lays out only what is asked first. A button shows them at once for a
 * customer who prefers to start elsewhere.
 */
export function DetailsAhead({ onShow }: { onShow: () => void }) {
  return (
    <section className="form-section" aria-labelledby="ticket-details-ahead-title">
      <h2 id="ticket-details-ahead-title">Next: you, your installation and the problem</h2>
      <p>
        These questions appear once your answers above settle what your package covers, so you know whether support takes the request before
        you write it up.
      </p>
      <button type="button" className="secondary" onClick={onShow}>
        Show the rest of the form
      </button>
    </section>
  );
}
