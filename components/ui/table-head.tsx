/** The cell of an admin table's body. */
export const TABLE_CELL = "px-3 py-3 align-top text-sm";

/** A table's header row: column names in small capitals on a light band. */
export function TableHead({ columns }: { columns: React.ReactNode[] }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col" className="whitespace-nowrap px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
