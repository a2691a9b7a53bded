namespace CpdLog.Web.Infrastructure.Forms;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>Uses <see cref="DateOnlyModelBinder"/> for every <c>DateOnly</c> and <c>DateOnly?</c> a page binds.</summary>
public sealed class DateOnlyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DateOnlyModelBinder() : null;
    }
}
