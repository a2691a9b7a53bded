namespace CpdLog.Web.Infrastructure.Forms;

using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

/// <summary>
/// Replaces the framework's messages ("The value '£1,200' is not valid for X", "The Code field is required", "The field
/// X must be a string with a maximum length of 300") with plain English that names the field and says how to put it
/// right, for every property a page binds. Messages a property sets itself are kept.
/// </summary>
public sealed class PlainEnglishMessages : IBindingMetadataProvider, IValidationMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind != ModelMetadataKind.Property)
        {
            return;
        }

        var field = Field(context.Key.Name, context.Attributes);
        var subject = FieldName.Subject(field);
        var thing = FieldName.Object(field);
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        var wrongValue = type switch
        {
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => $"{subject} must be a whole number, like 3",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => $"{subject} must be a number, like 7.5",
            _ when type.IsEnum || type == typeof(Guid) || type == typeof(bool) => $"Choose {thing} from the options shown",
            _ => $"Enter {thing} again: what was sent could not be read",
        };
        var messages = new DefaultModelBindingMessageProvider(context.BindingMetadata.ModelBindingMessageProvider as DefaultModelBindingMessageProvider
            ?? new DefaultModelBindingMessageProvider());
        messages.SetValueMustNotBeNullAccessor(_ => $"Enter {thing}");
        messages.SetMissingBindRequiredValueAccessor(_ => $"Enter {thing}");
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => wrongValue);
        messages.SetUnknownValueIsInvalidAccessor(_ => wrongValue);
        messages.SetValueIsInvalidAccessor(_ => wrongValue);
        messages.SetValueMustBeANumberAccessor(_ => wrongValue);
        context.BindingMetadata.ModelBindingMessageProvider = messages;
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind != ModelMetadataKind.Property)
        {
            return;
        }

        var field = Field(context.Key.Name, context.Attributes);
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null)
            {
                continue;
            }

            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => $"Enter {FieldName.Object(field)}",
                StringLengthAttribute s => $"{FieldName.Subject(field)} must be {s.MaximumLength.ToString(CultureInfo.InvariantCulture)} characters or fewer",
                MaxLengthAttribute m => $"{FieldName.Subject(field)} must be {m.Length.ToString(CultureInfo.InvariantCulture)} characters or fewer",
                RangeAttribute r => $"{FieldName.Subject(field)} must be between {r.Minimum} and {r.Maximum}",
                EmailAddressAttribute => "Enter an email address in the correct format, like name@example.com",
                _ => null,
            };
        }
    }

    /// <summary>Registers the messages, the date and money binders and the plain-English defaults for values a page cannot bind.</summary>
    public static void AddTo(Microsoft.AspNetCore.Mvc.MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
        options.ModelBinderProviders.Insert(0, new MoneyModelBinderProvider());
        options.ModelMetadataDetailsProviders.Add(new PlainEnglishMessages());
        var defaults = options.ModelBindingMessageProvider;
        defaults.SetValueMustNotBeNullAccessor(_ => "Enter a value");
        defaults.SetMissingBindRequiredValueAccessor(name => $"Enter {FieldName.Object(name)}");
        defaults.SetMissingKeyOrValueAccessor(() => "Enter a value");
        defaults.SetAttemptedValueIsInvalidAccessor((_, name) => $"Enter {FieldName.Object(name)} again: what was sent could not be read");
        defaults.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter the value again: what was sent could not be read");
        defaults.SetUnknownValueIsInvalidAccessor(name => $"Enter {FieldName.Object(name)} again: what was sent could not be read");
        defaults.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter the value again: what was sent could not be read");
        defaults.SetValueIsInvalidAccessor(_ => "Enter the value again: what was sent could not be read");
        defaults.SetValueMustBeANumberAccessor(name => $"{FieldName.Subject(name)} must be a number");
        defaults.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
    }

    private static string Field(string? propertyName, IReadOnlyList<object> attributes) =>
        FieldName.Of(attributes.OfType<DisplayAttribute>().FirstOrDefault()?.GetName(), propertyName);
}
