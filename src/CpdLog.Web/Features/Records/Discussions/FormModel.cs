namespace CpdLog.Web.Features.Records.Discussions;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<ReflectiveDiscussion, DiscussionInput>(db, mapper, clock)
{
    protected override DiscussionInput Blank(DateOnly today) => new() { Date = today };
}
