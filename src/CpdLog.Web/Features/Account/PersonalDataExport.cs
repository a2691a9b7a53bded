namespace CpdLog.Web.Features.Account;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>
/// "Download your data": every row CpdLog holds that belongs to the person (an entity's <c>OwnerId</c>,
/// <c>UserId</c> or <c>RequesterId</c> is theirs), table by table, read from the model so a new table is included
/// without a change here. Secrets are left out: password and token hashes, the authenticator key and recovery codes
/// (Identity's user tokens), security stamps and data-protection keys.
/// </summary>
public sealed class PersonalDataExport(CpdLogDbContext db)
{
    private static readonly string[] OwnerColumns = ["OwnerId", "UserId", "RequesterId"];

    private static readonly string[] SecretWords = ["Hash", "Stamp", "Secret", "Protected"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<byte[]> ExportAsync(CpdUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var root = new JsonObject
        {
            ["profile"] = Row(db.Model.FindEntityType(typeof(CpdUser))!, user),
            ["roles"] = new JsonArray([.. (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync(ct))
                .Select(n => (JsonNode?)JsonValue.Create(n))]),
        };

        foreach (var type in db.Model.GetEntityTypes().Where(Exported).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            var column = OwnerColumns.First(c => type.FindProperty(c) is not null);
            var rows = new JsonArray();
            foreach (var row in await RowsAsync(type, column, user.Id, ct))
            {
                rows.Add(Row(type, row));
            }

            if (rows.Count > 0)
            {
                root[type.GetTableName() ?? type.ClrType.Name] = rows;
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(root, Indented);
    }

    private static bool Exported(IEntityType type) =>
        type.ClrType != typeof(CpdUser)
        && type.ClrType != typeof(IdentityUserToken<string>)
        && type.ClrType != typeof(IdentityUserRole<string>)
        && !type.IsOwned()
        && OwnerColumns.Any(c => type.FindProperty(c)?.ClrType == typeof(string));

    private Task<List<object>> RowsAsync(IEntityType type, string column, string userId, CancellationToken ct) =>
        (Task<List<object>>)typeof(PersonalDataExport).GetMethod(nameof(RowsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType).Invoke(this, [column, userId, ct])!;

    private async Task<List<object>> RowsOfAsync<T>(string column, string userId, CancellationToken ct)
        where T : class =>
        [.. await db.Set<T>().AsNoTracking().Where(e => EF.Property<string>(e, column) == userId).ToListAsync(ct)];

    private static JsonObject Row(IEntityType type, object entity)
    {
        var row = new JsonObject();
        foreach (var property in type.GetProperties().Where(p => !SecretWords.Any(w => p.Name.Contains(w, StringComparison.Ordinal))))
        {
            var value = property.PropertyInfo?.GetValue(entity) ?? property.FieldInfo?.GetValue(entity);
            row[property.Name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Indented);
        }

        // Child rows always loaded with their owner (a qualification's modules) have no owner column of their own.
        foreach (var children in type.GetNavigations().Where(n => n.IsCollection && n.IsEagerLoaded))
        {
            var items = (System.Collections.IEnumerable?)children.PropertyInfo?.GetValue(entity) ?? Array.Empty<object>();
            row[children.Name] = new JsonArray([.. items.Cast<object>().Select(child => (JsonNode?)Row(children.TargetEntityType, child))]);
        }

        return row;
    }
}
