namespace CpdLog.Web.Features.Records;

using CpdLog.Web.Features.Evidence;

/// <summary>What the shared Add/Edit layout (<c>/Features/Records/_RecordForm.cshtml</c>) shows around a type's form fields.</summary>
public abstract class RecordFormPageModel : PageModel
{
    /// <summary>The record being edited; null on the Add page.</summary>
    public Guid? RecordId { get; protected set; }

    public bool IsEdit => RecordId is not null;

    public abstract string Title { get; }

    /// <summary>The path of the type's form-fields partial.</summary>
    public abstract string FormPartial { get; }

    /// <summary>The record's evidence on the Edit page; null on the Add page and where evidence is on another page.</summary>
    public EvidencePanel? Evidence { get; protected set; }

    /// <summary>The form's evidence file input; null for a type that takes no evidence.</summary>
    public EvidenceField? EvidenceInput { get; protected set; }
}
