namespace CpdLog.Portfolio.Rendering;

using QRCoder;

/// <summary>The dark modules of a QR code (QRCoder), including the 4-module quiet zone.</summary>
internal static class QrMatrix
{
    public static bool[,] Create(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var matrix = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                matrix[y, x] = rows[y][x];
            }
        }

        return matrix;
    }
}
