using System.Text.RegularExpressions;

namespace DealBot.Answering.Analysis;

/// <summary>
/// The language patterns of question analysis, in both languages. They describe how people ask (per, how many times,
/// 几倍, 什么时候), never what the deal says: the facts live in the knowledge directory.
/// </summary>
internal static partial class QuestionPatterns
{
    [GeneratedRegex(@"\b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|rule|prompt|guideline|previous|above|prior)|\b(system|hidden|initial) prompt\b|\breveal\b.{0,30}\b(prompt|instruction|rule)|\byou are now\b|\bpretend (to be|you)\b|\bjailbreak\b|\bDAN\b|(^|[.!;,]\s*|\band\s+)(please\s+)?(announce|declare|proclaim|claim|tell (everyone|people|users))\b|\bfrom now on\b|^\s*act as\b|\bact as (a|an|my)\b", RegexOptions.IgnoreCase)]
    public static partial Regex InjectionEn();

    [GeneratedRegex(@"(忽略|无视|忘记|忘掉|不要理会).{0,12}(指令|规则|提示|设定|要求|之前|以上|上面)|系统提示|提示词|(泄露|透露|显示|告诉我).{0,8}(提示|指令|规则)|你现在是|假装|扮演|越狱|(宣布|声称|宣称|告诉大家|确认).{0,30}(投资|收购|交易)")]
    public static partial Regex InjectionZh();

    [GeneratedRegex(@"\bshould (i|we)\b.{0,40}\b(buy|sell|short|hold|invest|get into|dump)|\b(i|we)\b.{0,30}\b(buy|sell|short|dump)\b.{0,30}\b(stock|shares?|nvda|nvidia|oracle|broadcom|orcl|avgo)\b|\bis (it|now) a good time\b|\b(good|bad|smart|safe) (investment|buy|time to buy)|\bprice target\b|\bstock (tip|pick|advice)|\binvestment advice\b|\bworth (buying|investing)\b|\bwill (the )?(stock|share)s? (go up|rise|fall|drop)|\b(stock|shares?|nvda|orcl|avgo)\b.{0,20}\b(a|an) (good |strong )?(buy|sell)\b|\brecommend(ed)?\b.{0,30}\b(buying|selling|shorting|holding)\b|\b(would|do|should|can) you (buy|sell|short|hold)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AdviceEn();

    [GeneratedRegex(@"(我|我们|咱|散户).{0,16}(买|卖|入手|抄底|持有|加仓|减仓).{0,8}(股|英伟达|甲骨文|博通|NVDA|nvda)|(该不该|应不应该|要不要|值不值得|值得).{0,6}(买|卖|入手|抄底|持有|加仓)|(股票|股价|股).{0,8}(能买|值得买|会涨吗|会跌吗|能涨|还能涨)|投资建议|荐股|目标价|抄底|(适合|适不适合|可以|能不能|应该|应不应|该).{0,8}(买入|买进|买|卖出|卖掉|卖|抛售|抛|入手|建仓|持有).{0,10}(股|NVDA|nvda)|(股票|股份|股).{0,10}(适合|应该|该|要不要).{0,4}(买|卖|抛|持有)")]
    public static partial Regex AdviceZh();

    [GeneratedRegex(@"\b(poem|poetry|haiku|limerick|joke|song|lyrics|story|essay|recipe|weather|forecast|horoscope|translate|code|python|javascript|sql|rap)\b|\bwrite (me )?(a|an)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OffTaskEn();

    [GeneratedRegex(@"写.{0,4}(诗|歌|故事|笑话|代码|文章)|笑话|天气|气温|下雨|菜谱|食谱|翻译|星座|作诗|唱")]
    public static partial Regex OffTaskZh();

    [GeneratedRegex(@"\b(right now|currently|current|today'?s|at the moment|as of today|latest|live|real[- ]time|now)\b.{0,40}\b(price|stock|share|trading|worth|valuation|market cap)|\b(price|stock|share)s?\b.{0,30}\b(right now|today|currently|now)\b|\btrading (at|for)\b|\b(closing|opening) price\b", RegexOptions.IgnoreCase)]
    public static partial Regex LiveEn();

    [GeneratedRegex(@"(现在|目前|当前|今天|今日|昨天|实时|最新).{0,10}(股价|价格|市值|报价|收盘|开盘)|(股价|市值).{0,10}(现在|目前|当前|今天|实时)|收盘价|开盘价")]
    public static partial Regex LiveZh();

    [GeneratedRegex(@"\bper\s+(giga ?watt|gw|mega ?watt|mw|kilo ?watt|kw|household|home|house|user|weekly (active )?user|person|customer|share|year|tranche)s?\b|\bfor each\s+(giga ?watt|gw|household|user)|\bon average\b.{0,30}\b(household|user|gigawatt)", RegexOptions.IgnoreCase)]
    public static partial Regex PerUnitEn();

    [GeneratedRegex(@"每(一)?(个|户|位|名)?(千兆瓦|吉瓦|GW|gw|兆瓦|千瓦|家庭|户|用户|人)|(平均|摊到|分摊到).{0,6}(千兆瓦|吉瓦|家庭|户|用户)|(千兆瓦|吉瓦|GW)(对应|合|摊)")]
    public static partial Regex PerUnitZh();

    [GeneratedRegex(@"\b(stake|share|percent|percentage|portion|fraction|ownership|how much of)\b.{0,50}\b(buy|get|own|acquire|purchase|represent|worth|stake|company|openai)\b|\bwhat (stake|share|percentage|percent|portion)\b", RegexOptions.IgnoreCase)]
    public static partial Regex StakeEn();

    [GeneratedRegex(@"(股份|股权|持股|比例|占比|百分之几|多少比例|几成|百分比)")]
    public static partial Regex StakeZh();

    [GeneratedRegex(@"\bhow many times\b|\btimes (larger|bigger|greater|more|as (large|big|much))\b|\b(larger|bigger|greater|smaller) than\b|\bratio\b|\bcompared? (to|with)\b|\bmultiple of\b|\bvs\.?\b|\bversus\b", RegexOptions.IgnoreCase)]
    public static partial Regex RatioEn();

    [GeneratedRegex(@"几倍|多少倍|倍数|是.{0,20}的.{0,4}倍|相比|比.{0,20}(大|多|高)多少")]
    public static partial Regex RatioZh();

    [GeneratedRegex(@"\b(remain|remaining|left|rest|balance|still to come|outstanding)\b|\bafter the first\b", RegexOptions.IgnoreCase)]
    public static partial Regex RemainderEn();

    [GeneratedRegex(@"剩余|剩下|还剩|其余|余下|尚未投入")]
    public static partial Regex RemainderZh();

    [GeneratedRegex(@"\b(twh|terawatt[- ]hours?|gwh|energy|kwh)\b|\b(a|one|per|each|full|whole) year\b|\bannual(ly)?\b|\byearly\b", RegexOptions.IgnoreCase)]
    public static partial Regex EnergyEn();

    [GeneratedRegex(@"一年|全年|每年|年用电|太瓦时|度电|多少度|千瓦时|发电量")]
    public static partial Regex EnergyZh();

    [GeneratedRegex(@"\bhow many days\b|\bdays (until|since|from|between|before|after|left|remain)|\bhow long (until|since|ago|before|after|from)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DaysEn();

    [GeneratedRegex(@"多少天|几天|多久|多长时间|还有多少时间")]
    public static partial Regex DaysZh();

    // The words of counting days, which name no milestone: "how many days are there from ... until ...", "还有多少天".
    [GeneratedRegex(@"\b(how many|how long|days?|since|until|till|from|between|to|and|are there|is there|have|has|passed|elapsed|gone by|left|remain(ing|s)?|ago|before|after|will it take|does it take|the|of|was|were|is|are|be|been|it)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DaysWordsEn();

    [GeneratedRegex(@"多少天|几天|多久|多长时间|还有|还剩|距离|距今|距|从|到|之间|以来|以后|之后|后|过去了|过去|已经|了|有")]
    public static partial Regex DaysWordsZh();

    [GeneratedRegex(@"\bwhen\b|\bwhat (date|year|month|time)\b|\bwhich (year|month|quarter|half)\b|\bby when\b|\btimeline\b|\bschedule\b|\bhow soon\b", RegexOptions.IgnoreCase)]
    public static partial Regex WhenEn();

    [GeneratedRegex(@"什么时候|何时|哪一?年|几月|哪个月|时间表|时间线|什么时间|哪天|日期|几时|多会儿")]
    public static partial Regex WhenZh();

    [GeneratedRegex(@"\b(say|said|says|think|thinks|view|views|opinion|comment(ed)?|worr(y|ied|ies)|concern(s|ed)?|argue[sd]?|warn(ed|s)?|raise[sd]?|believe[sd]?|according to|analyst|critic)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ViewEn();

    [GeneratedRegex(@"怎么看|看法|观点|认为|表示|评价|担心|担忧|说了什么|怎么说|如何评价|分析师|质疑|警告|批评|反应")]
    public static partial Regex ViewZh();

    [GeneratedRegex(@"\b(how much|how big|how large|what (is|was) the (size|value|amount|valuation)|worth|cost|valuation|valued|invest|investment|funding|dollars?|billion|million|amount|size|round|raise[ds]?|commit(ment|ted)?)\b|\$", RegexOptions.IgnoreCase)]
    public static partial Regex AmountEn();

    [GeneratedRegex(@"多少钱|多少美元|多少亿|金额|规模|估值|(投资|投入|出资|注资|付)[^，。？?]{0,6}多少|价值|融资|资金|多大|美元|承诺")]
    public static partial Regex AmountZh();

    [GeneratedRegex(@"\b(cost|costs|invest\w*|dollars?|billion|funding|spend|pay|price)\b|\$|美元|投资|资金|成本|花费|多少钱", RegexOptions.IgnoreCase)]
    public static partial Regex MoneyWords();

    [GeneratedRegex(@"\b(gigawatts?|gw|megawatts?|mw|capacity|power|compute|electricity)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PowerEn();

    [GeneratedRegex(@"千兆瓦|吉瓦|兆瓦|算力|电力|容量|功率")]
    public static partial Regex PowerZh();

    [GeneratedRegex(@"\bhow many\b.{0,30}\b(users?|households?|homes?|people|customers?|employees?|chips?)\b|\b(users?|households?|homes)\b", RegexOptions.IgnoreCase)]
    public static partial Regex CountEn();

    [GeneratedRegex(@"多少.{0,4}(用户|家庭|户|人|客户|芯片)|用户|家庭")]
    public static partial Regex CountZh();

    [GeneratedRegex(@"\b(percent|%|rise|rose|risen|fall|fell|fallen|drop(ped)?|gain(ed)?|jump(ed)?|climb(ed)?|slid|declin(e|ed)|react(ed|ion)?|move[ds]?|up|down)\b.{0,40}\b(share|stock|price)s?|\b(share|stock)s?\b.{0,40}\b(rise|rose|fall|fell|drop|gain|jump|react|move|up|down|do|perform)", RegexOptions.IgnoreCase)]
    public static partial Regex PercentEn();

    [GeneratedRegex(@"涨|跌|股价|百分之|幅度|%")]
    public static partial Regex PercentZh();

    [GeneratedRegex(@"\b(rise|fall|up or down|go up|go down|increase or decrease|gain or lose)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DirectionEn();

    [GeneratedRegex(@"涨还是跌|上涨还是下跌|涨了还是跌了")]
    public static partial Regex DirectionZh();

    // A clause that states an assumption before or after what is asked: "Since Nvidia invests $300 billion, how big
    // is the first tranche?", "How big is the first tranche, given that ...". "If" is left out: "if 3 GW are deployed"
    // asks for a computation on that number rather than asserting it.
    [GeneratedRegex(@"^(since|given( that)?|as(?! of\b)|because|now that|assuming( that)?|considering( that)?)\s+(?<premise>[^,;]{3,}?)\s*[,;]\s*(?<ask>\S.*)$|^(?<ask>.+?)\s*[,;]\s*(since|given( that)?|because|now that|assuming( that)?|considering( that)?)\s+(?<premise>.{3,})$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex PremiseEn();

    [GeneratedRegex(@"^(既然|由于|因为|鉴于|假定|考虑到)(?<premise>[^，,；;]{2,}?)[，,；;](?<ask>.+)$|^(?<ask>.+?)[，,；;](既然|由于|因为|鉴于|考虑到)(?<premise>.{2,})$", RegexOptions.Singleline)]
    public static partial Regex PremiseZh();

    // Words that make a sentence a question of its own, rather than a fragment replying to an earlier answer.
    [GeneratedRegex(@"\b(how|what|when|which|who|whose|why|where|is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b|多少|什么|何时|几|哪|谁|吗|怎么|如何|为什么|是否", RegexOptions.IgnoreCase)]
    public static partial Regex Interrogative();

    [GeneratedRegex(@"per\s+(household|home|house)|每(个|户)?(家庭|户)|(家庭|户)平均")]
    public static partial Regex PerHousehold();

    [GeneratedRegex(@"per\s+(weekly (active )?)?user|per (person|customer)|每(位|名|个)?(用户|人)")]
    public static partial Regex PerUser();

    [GeneratedRegex(@"\b(stake|ownership|portion of openai|share of openai)\b|股份|股权|持股|占.{0,6}(比例|多少)", RegexOptions.IgnoreCase)]
    public static partial Regex StakeWords();
}
