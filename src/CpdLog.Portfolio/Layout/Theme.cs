namespace CpdLog.Portfolio.Layout;

/// <summary>Type sizes and colours. Colours are the NHS identity palette (blue #005EB8, dark grey #212B32).</summary>
public static class Theme
{
    public static readonly Rgb Text = Rgb.FromHex(0x212B32);
    public static readonly Rgb Muted = Rgb.FromHex(0x4C6272);
    public static readonly Rgb Blue = Rgb.FromHex(0x005EB8);
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Rule = Rgb.FromHex(0xD8DDE0);
    public static readonly Rgb TotalFill = Rgb.FromHex(0xE8EDEE);
    public static readonly Rgb FlagFill = Rgb.FromHex(0xFFF1CC);
    public static readonly Rgb Warning = Rgb.FromHex(0xFFB81C);
    public static readonly Rgb Success = Rgb.FromHex(0x007F3B);
    public static readonly Rgb InfoFill = Rgb.FromHex(0xEEF4FA);

    public static readonly TextStyle Body = new(9.5f, false, Text);
    public static readonly TextStyle BodyBold = new(9.5f, true, Text);
    public static readonly TextStyle BodyMuted = new(8.5f, false, Muted);
    // Accessibility floor (issue 12): table text at least 8.5 pt, running headers and footers at least 8 pt.
    public static readonly TextStyle Cell = new(8.5f, false, Text);
    public static readonly TextStyle CellBold = new(8.5f, true, Text);
    public static readonly TextStyle HeaderCell = new(8.5f, true, White);
    public static readonly TextStyle Key = new(9f, true, Muted);
    public static readonly TextStyle Value = new(9f, false, Text);
    public static readonly TextStyle H1 = new(17f, true, Blue);
    public static readonly TextStyle H2 = new(12.5f, true, Text);
    public static readonly TextStyle H3 = new(9.5f, true, Blue);
    public static readonly TextStyle Furniture = new(8f, false, Muted);
    public static readonly TextStyle CoverTitle = new(26f, true, Blue);
    public static readonly TextStyle CoverSubtitle = new(13f, false, Text);
    public static readonly TextStyle CoverCode = new(20f, true, Text);
}
