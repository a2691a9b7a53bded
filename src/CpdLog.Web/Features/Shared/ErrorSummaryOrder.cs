namespace CpdLog.Web.Features.Shared;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// The order of the NHS error summary: form-level errors (empty key) first, then field errors in the order the
/// page model declares the fields, which is the order of the form (input classes declare their properties in form
/// order), then errors on keys that are not properties of the model (e.g. the evidence panel's file input, at the
/// foot of the page). Enumerating <see cref="ModelStateDictionary"/> does not give that: it keeps keys sorted by
/// length, so "Title" came before "Status" and "EndDate" before "StartDate".
/// </summary>
public static class ErrorSummaryOrder
{
    public static IReadOnlyList<(string Key, string Message)> Errors(ModelStateDictionary modelState, Type? modelType, IModelMetadataProvider metadata)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(metadata);
        return [.. modelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (kv.Key, Position: Position(kv.Key, modelType, metadata), kv.Value!.Errors))
            .OrderBy(e => e.Position, PositionComparer.Instance) // stable: ties keep ModelState's order
            .SelectMany(e => e.Errors.Select(error => (e.Key, error.ErrorMessage)))];
    }

    /// <summary>Index of each segment of the key among its container's properties ("Input.Hours" ⇒ [i, j]).</summary>
    private static int[] Position(string key, Type? modelType, IModelMetadataProvider metadata)
    {
        if (key.Length == 0)
        {
            return [-1];
        }

        var positions = new List<int>();
        var type = modelType;
        foreach (var segment in key.Split('.'))
        {
            var name = segment.Split('[')[0];
            var properties = type is null ? [] : metadata.GetMetadataForType(type).Properties.ToList();
            var index = properties.FindIndex(p => string.Equals(p.PropertyName, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                positions.Add(int.MaxValue);
                break;
            }

            positions.Add(index);
            type = properties[index].ElementMetadata?.ModelType ?? properties[index].ModelType;
        }

        return [.. positions];
    }

    private sealed class PositionComparer : IComparer<int[]>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
