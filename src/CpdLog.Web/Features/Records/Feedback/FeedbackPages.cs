namespace CpdLog.Web.Features.Records.Feedback;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;

public sealed class IndexModel(CpdLogDbContext db, IMapper mapper) : RecordIndexPageModel<FeedbackEntry, FeedbackDto>(db, mapper)
{
    protected override RecordType<FeedbackEntry> Type => RecordTypes.Feedback;
}

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<FeedbackEntry, FeedbackInput>(db, mapper, clock)
{
    protected override RecordType<FeedbackEntry> Type => RecordTypes.Feedback;

    protected override FeedbackInput Blank(DateOnly today) => new() { Date = today, Source = FeedbackSource.Colleague };
}

public sealed class DeleteModel(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel<FeedbackEntry>(db, clock)
{
    protected override RecordType<FeedbackEntry> Type => RecordTypes.Feedback;
}
