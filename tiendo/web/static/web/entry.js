// The data-entry grid: a cell whose check came back with an error is marked invalid for
// assistive technology as well as in colour.
document.addEventListener("htmx:afterSwap", (event) => {
  const message = event.detail.target;
  if (!message.id || !message.id.startsWith("m-")) return;
  const input = document.getElementById(message.id.slice(2));
  if (!input) return;
  if (message.querySelector(".cell-error")) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
});

// Typed figures are kept until saved: leaving the page (another period, a link) asks first.
let unsaved = false;
document.addEventListener("input", (event) => {
  if (event.target.closest("form.entry")) unsaved = true;
});
document.addEventListener("submit", (event) => {
  if (event.target.matches("form.entry")) unsaved = false;
});
window.addEventListener("beforeunload", (event) => {
  if (unsaved) event.preventDefault();
});
