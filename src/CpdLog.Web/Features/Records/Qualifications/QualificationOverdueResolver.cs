namespace CpdLog.Web.Features.Records.Qualifications;

using AutoMapper;

/// <summary>
/// The API's <c>isOverdue</c>: <see cref="Qualification.IsOverdue"/> on today's UK date, the same test the pages and the
/// dashboard use. AutoMapper creates it from the container, so it reads the app's clock.
/// </summary>
public sealed class QualificationOverdueResolver(TimeProvider clock) : IValueResolver<Qualification, QualificationDto, bool>
{
    public bool Resolve(Qualification source, QualificationDto destination, bool destMember, ResolutionContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.IsOverdue(clock.UkToday());
    }
}
