// The header's live search results close with Escape or a click elsewhere.
document.addEventListener("keydown", (event) => {
  const live = document.getElementById("search-live");
  if (event.key === "Escape" && live && live.innerHTML.trim()) {
    live.innerHTML = "";
    document.getElementById("q")?.focus();
  }
});
document.addEventListener("click", (event) => {
  const live = document.getElementById("search-live");
  if (live && !event.target.closest(".search")) live.innerHTML = "";
});
