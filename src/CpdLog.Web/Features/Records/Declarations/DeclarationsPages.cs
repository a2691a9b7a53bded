namespace CpdLog.Web.Features.Records.Declarations;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;

public sealed class IndexModel(CpdLogDbContext db, IMapper mapper) : RecordIndexPageModel<Declaration, DeclarationDto>(db, mapper)
{
    protected override RecordType<Declaration> Type => RecordTypes.Declarations;
}

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<Declaration, DeclarationInput>(db, mapper, clock)
{
    protected override RecordType<Declaration> Type => RecordTypes.Declarations;

    protected override DeclarationInput Blank(DateOnly today) => new() { Date = today, Kind = DeclarationKind.HealthAndCharacter, IndemnityThroughEmployer = true };
}

public sealed class DeleteModel(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel<Declaration>(db, clock)
{
    protected override RecordType<Declaration> Type => RecordTypes.Declarations;
}
