namespace CpdLog.Web.Features.Archive;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>
/// An entity as the archive holds it: exactly the fields the database stores (read from the EF model, so a new column
/// is in the archive without a change here), with owned child collections (a qualification's modules) nested, and
/// nothing computed. Names are camelCase, as in the JSON API.
/// </summary>
public static class StoredFields
{
    public static JsonObject ToNode(IModel model, object entity, params string[] leaveOut)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(entity);
        var type = model.FindEntityType(entity.GetType()) ?? throw new ArgumentException($"{entity.GetType().Name} is not in the model", nameof(entity));
        var node = new JsonObject();
        foreach (var property in type.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!leaveOut.Contains(name))
            {
                node[name] = JsonSerializer.SerializeToNode(property.PropertyInfo!.GetValue(entity), property.ClrType, PersonalArchiveFormat.Json);
            }
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection && n.PropertyInfo is not null && !n.IsOnDependent))
        {
            if (navigation.PropertyInfo!.GetValue(entity) is System.Collections.IEnumerable children)
            {
                node[JsonNamingPolicy.CamelCase.ConvertName(navigation.Name)] = new JsonArray([.. children.Cast<object>().Select(c => (JsonNode)ToNode(model, c))]);
            }
        }

        return node;
    }
}
