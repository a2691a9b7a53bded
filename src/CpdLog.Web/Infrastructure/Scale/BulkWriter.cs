namespace CpdLog.Web.Infrastructure.Scale;

using System.Collections;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

/// <summary>
/// Writes many new rows of mapped entities fast: PostgreSQL binary COPY (columns and conversions from the EF model),
/// or batched EF inserts on SQLite. For the scale seeder only: no validation, no numbering, no audit.
/// </summary>
internal sealed class BulkWriter(CpdLogDbContext db)
{
    /// <summary>True when rows go through EF (SQLite): its SaveChanges also writes navigations and data stamps.</summary>
    public bool ThroughEf => db.IsSqlite;

    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.IsSqlite)
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(rows);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name + " is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Type: BaseType(p.GetColumnType())))
            .ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        var copy = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var (property, _, type) in columns)
            {
                var value = property.PropertyInfo is { } info ? info.GetValue(row) : property.FieldInfo?.GetValue(row);
                if (property.GetTypeMapping().Converter is { } converter && value is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else if (value.GetType().IsEnum)
                {
                    await importer.WriteAsync(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), type, ct);
                }
                else if (value is IEnumerable and not string)
                {
                    throw new InvalidOperationException($"{typeof(T).Name}.{property.Name}: no converter for a collection");
                }
                else
                {
                    await importer.WriteAsync(value, type, ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>"character varying(300)" → "character varying"; "numeric(9,2)" → "numeric".</summary>
    private static string BaseType(string columnType)
    {
        var open = columnType.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? columnType : columnType[..open].Trim();
    }
}
