namespace CpdLog.Web.Features.Records;

using AutoMapper;

/// <summary>
/// Entity → API DTO and entity → Edit-page input for every record type in <see cref="RecordTypes.Crud"/>. Never the
/// reverse. Flag sets (Code themes, confirmed items) become the lists that forms and JSON use.
/// </summary>
public sealed class RecordsProfile : Profile
{
    public RecordsProfile()
    {
        CreateMap<CodeThemes, List<CodeThemes>>().ConvertUsing(s => s.ToList());
        CreateMap<CodeThemes, IReadOnlyList<CodeThemes>>().ConvertUsing(s => s.ToList());
        CreateMap<ConfirmationItems, List<ConfirmationItems>>().ConvertUsing(s => s.ToList());
        CreateMap<ConfirmationItems, IReadOnlyList<ConfirmationItems>>().ConvertUsing(s => s.ToList());
        foreach (var type in RecordTypes.Crud)
        {
            type.AddMaps(this);
        }
    }
}
