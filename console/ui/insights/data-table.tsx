interface DataTableProps {
  caption: string;
  columns: string[];
  /** One row per line; the first cell heads its row. */
  rows: (string | number)[][];
}

/** The figures of a chart as a table, folded away under a summary line, for screen readers and for the curious. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <details class="data-table">
      <summary>Show the figures as a table</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells]) => (
            <tr key={String(head)}>
              <th scope="row">{head}</th>
              {cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
