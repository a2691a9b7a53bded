namespace CpdLog.Web.Features.Records.Discussions;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;

public sealed class IndexModel(CpdLogDbContext db, IMapper mapper) : RecordIndexPageModel<ReflectiveDiscussion, DiscussionDto>(db, mapper)
{
    protected override RecordType<ReflectiveDiscussion> Type => RecordTypes.Discussions;
}

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<ReflectiveDiscussion, DiscussionInput>(db, mapper, clock)
{
    protected override RecordType<ReflectiveDiscussion> Type => RecordTypes.Discussions;

    protected override DiscussionInput Blank(DateOnly today) => new() { Date = today };
}

public sealed class DeleteModel(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel<ReflectiveDiscussion>(db, clock)
{
    protected override RecordType<ReflectiveDiscussion> Type => RecordTypes.Discussions;
}
