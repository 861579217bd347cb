// Draws the dashboard table's attendance and deliverables per structure as a bar chart; the table stays the reference.
(function () {
    const canvas = document.getElementById('dashboard-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    const rows = Array.from(document.querySelectorAll('#dashboard tbody tr'));
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: rows.map(function (row) { return row.dataset.name; }),
            datasets: [
                {label: canvas.dataset.attendedLabel, data: rows.map(function (row) { return Number(row.dataset.attended); })},
                {label: canvas.dataset.deliverablesLabel, data: rows.map(function (row) { return Number(row.dataset.deliverables); })}
            ]
        },
        options: {maintainAspectRatio: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
})();
