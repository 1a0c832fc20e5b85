import type { ReactNode } from "react";

/**
 * One outlet's rows in a per-outlet table: the outlet named once as the row-group header,
 * or one row saying plainly that it has none (an empty outlet is a finding, not a gap).
 */
export function OutletRows<Row extends { key: string }>({
  id,
  label,
  rows,
  columns,
  empty,
  cells,
}: {
  id: string;
  label: string;
  rows: Row[];
  /** Columns after the outlet's own. */
  columns: number;
  empty: string;
  cells: (row: Row) => ReactNode;
}) {
  return (
    <tbody data-outlet={id} className="border-b border-rule align-top">
      {rows.length === 0 ? (
        <tr>
          <th scope="row">{label}</th>
          <td colSpan={columns} className="text-muted">
            {empty}
          </td>
        </tr>
      ) : (
        rows.map((row, i) => (
          <tr key={row.key}>
            {i === 0 && (
              <th scope="rowgroup" rowSpan={rows.length}>
                {label}
              </th>
            )}
            {cells(row)}
          </tr>
        ))
      )}
    </tbody>
  );
}
