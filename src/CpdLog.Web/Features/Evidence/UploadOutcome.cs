namespace CpdLog.Web.Features.Evidence;

using System.Security.Cryptography;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>The result of an upload: saved, refused with field messages, or the record is not the user's.</summary>
public abstract record UploadOutcome
{
    public sealed record Saved(EvidenceFile File) : UploadOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : UploadOutcome;

    public sealed record RecordNotFound : UploadOutcome;
}
