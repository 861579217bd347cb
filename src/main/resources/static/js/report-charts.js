// Draws each report table that has a chart as a bar chart of its columns marked data-series="true";
// the table stays the reference (and the text equivalent of the chart).
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    document.querySelectorAll('canvas[data-table]').forEach(function (canvas) {
        const table = document.getElementById(canvas.dataset.table);
        if (!table) {
            return;
        }
        const headers = Array.from(table.querySelectorAll('thead th'));
        const rows = Array.from(table.querySelectorAll('tbody tr'));
        const datasets = [];
        headers.forEach(function (header, column) {
            if (header.dataset.series === 'true') {
                datasets.push({
                    label: header.textContent,
                    data: rows.map(function (row) { return Number(row.cells[column].dataset.value); })
                });
            }
        });
        new Chart(canvas, {
            type: 'bar',
            data: {labels: rows.map(function (row) { return row.cells[0].textContent; }), datasets: datasets},
            options: {maintainAspectRatio: false, animation: false, scales: {y: {beginAtZero: true}}}
        });
    });
})();
