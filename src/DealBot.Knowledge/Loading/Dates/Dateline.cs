namespace DealBot.Knowledge.Loading.Dates;

/// <summary>A dateline found at the start of a story.</summary>
/// <param name="Text">The dateline as written ("Oct 9 (Reuters) -", "10月9日电").</param>
/// <param name="Date">Its date; null when it gives no year and no other date of the text does.</param>
internal sealed record Dateline(string Text, DateOnly? Date);
