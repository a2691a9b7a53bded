namespace CpdLog.Web.Infrastructure.Forms;

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

/// <summary>Uses <see cref="MoneyModelBinder"/> for decimal fields marked <see cref="MoneyAttribute"/>.</summary>
public sealed class MoneyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata is DefaultModelMetadata { UnderlyingOrModelType: var type } metadata && type == typeof(decimal)
            && (metadata.Attributes.PropertyAttributes ?? metadata.Attributes.ParameterAttributes ?? []).OfType<MoneyAttribute>().Any()
            ? new MoneyModelBinder()
            : null;
    }
}
