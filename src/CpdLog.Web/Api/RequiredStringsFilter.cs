namespace CpdLog.Web.Api;

using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

/// <summary>
/// Refuses a JSON body whose non-nullable string properties arrive as <c>null</c> (e.g. <c>{"email": null}</c> on
/// <c>/api/v1/auth/login</c>) with a validation problem keyed by the camelCase field name. The Identity endpoints take
/// such bodies as given and fail deep inside with a 500; this answers before they run.
/// </summary>
public sealed class RequiredStringsFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> RequiredByType = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || argument.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                continue;
            }

            foreach (var property in RequiredByType.GetOrAdd(argument.GetType(), RequiredStrings))
            {
                if (property.GetValue(argument) is null)
                {
                    var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    errors[name] = [$"Enter {name}"];
                }
            }
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    }

    private static PropertyInfo[] RequiredStrings(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.GetIndexParameters().Length == 0
                && nullability.Create(p).WriteState == NullabilityState.NotNull)];
    }
}
