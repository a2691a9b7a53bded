namespace CpdLog.Web.Infrastructure.Forms;

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// Binds an amount of money as people write it: "1200", "1,200", "£1,200" or "1,200.50". A blank amount is £0 (or
/// nothing, for an optional amount); anything else gets a message saying how to write it, on the field.
/// </summary>
public sealed partial class MoneyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var value = bindingContext.ValueProvider.GetValue(name);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(name, value);
        var text = value.FirstValue?.Trim() ?? "";
        if (text.Length == 0)
        {
            bindingContext.Result = ModelBindingResult.Success(bindingContext.ModelMetadata.IsReferenceOrNullableType ? null : 0m);
        }
        else if (TryParse(text, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            var metadata = bindingContext.ModelMetadata;
            var field = FieldName.Of(metadata.DisplayName, metadata.PropertyName ?? name);
            bindingContext.ModelState.TryAddModelError(name, $"Enter {FieldName.Object(field)} in pounds, for example 1,200 or £1,200.50");
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }

    /// <summary>Pounds, optionally with a pound sign, commas between thousands and pence.</summary>
    public static bool TryParse(string text, out decimal amount)
    {
        amount = 0;
        var match = Amount().Match(text.Trim());
        return match.Success && decimal.TryParse(match.Groups["sign"].Value + match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    [GeneratedRegex(@"^(?<sign>-?)\s*£?\s*(?<number>(\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)$")]
    private static partial Regex Amount();
}
