// Buttons marked data-print open the browser's print dialog (the printable activity sheet).
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
});
