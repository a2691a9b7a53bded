namespace CpdLog.Web.Features.Records.Qualifications;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Web.Infrastructure.Time;

/// <summary>The API's <c>isOverdue</c>: <see cref="Qualification.IsOverdue"/> on the UK date of the injected clock.</summary>
public sealed class QualificationOverdueResolver(TimeProvider clock) : IValueResolver<Qualification, QualificationDto, bool>
{
    public bool Resolve(Qualification source, QualificationDto destination, bool destMember, ResolutionContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.IsOverdue(clock.UkToday());
    }
}
