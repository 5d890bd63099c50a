"""Short news texts written for these tests (no shared data)."""

from __future__ import annotations

BRIDGE_1 = """City Council Approves Harbor Bridge Repairs

The Millbrook City Council voted 7-2 on Tuesday to spend $48 million repairing the Harbor Bridge, the aging steel span that carries 60,000 vehicles a day across the Tallow River.

Mayor Alicia Moreno said the repairs would begin in March and close two of the bridge's four lanes for most of the year.

Engineers from the state transportation department found corrosion in the bridge's main girders during an inspection last autumn, according to a report presented to the council.

Council member Derek Haines, who voted against the plan, said the city should replace the bridge instead of patching it.

The Harbor Bridge opened in 1958 and was last renovated in 1991.
"""

BRIDGE_2 = """Harbor Bridge Lanes Close As Repairs Begin

Crews closed two lanes of the Harbor Bridge in Millbrook on Monday as the $48 million repair of the corroded steel span over the Tallow River began.

Mayor Alicia Moreno urged commuters to use the Tallow River ferry while the bridge work continues, and said traffic on the bridge's remaining lanes would be monitored by the state transportation department.

Council member Derek Haines repeated his call to replace the Harbor Bridge, saying the girder corrosion found last autumn would return within a decade.

The council approved the repair plan last week by a vote of 7-2.
"""

ORCHESTRA = """Symphony Names New Music Director

The Lakeshore Symphony Orchestra named the Finnish conductor Aino Virtanen as its music director on Friday, ending a two-year search.

Virtanen, 41, has led the Tampere Philharmonic since 2017 and will conduct eight weeks of concerts in Lakeshore next season, the orchestra said in a statement.

The orchestra's board chair, Martin Oduya, said Virtanen's recordings of Sibelius had impressed the musicians during her guest appearances.

Ticket sales at the orchestra have recovered since the pandemic, reaching 92 percent of capacity last season.
"""

FARM = """Drought Cuts Wheat Harvest In Plains States

Wheat farmers across Kansas and Oklahoma expect their smallest harvest in a decade after a spring with almost no rain, the Agriculture Department said on Thursday.

The department forecast a harvest of 640 million bushels of winter wheat, down 22 percent from last year.

Farmer Ellen Brandt, who grows wheat on 2,000 acres near Dodge City, said many of her fields were not worth harvesting at all.

Grain prices rose on the news, with wheat futures in Chicago climbing 4 percent.
"""

FOOTER = "\n\nThis article was distributed by Newswire Syndicate. All rights reserved. Reprinted with permission."

#: One-line topics of unrelated articles that fill a store, so that a word two headlines share
#: is rare in it (the story-clustering tests).
FILLER_TOPICS = (
    "orchard harvest apples cider growers autumn frost",
    "museum exhibition paintings curator gallery loans",
    "ferry timetable crossings harbour winter sailings",
    "library opening hours volunteers readers branch",
    "marathon runners route closures charity finish",
    "vaccine clinic appointments nurses pharmacy queue",
    "theatre season premiere director actors tickets",
    "rainfall reservoir levels drought hosepipe ban",
    "school inspection pupils headteacher rating report",
    "airport runway extension noise residents planning",
    "bakery chain closes shops staff redundancies bread",
    "zoo panda cubs keepers visitors enclosure",
)
