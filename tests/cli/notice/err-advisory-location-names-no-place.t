# A location with no name, address or city would print "WHERE: " with nothing after it: the media advisory reports it by its number, at the event (exit 2).
--- file campaign.yaml
bargain: 1
campaign: {name: Test}
events:
  - id: strike
    kind: strike
    date: 2020-03-01
    who: Acme workers
    locations:
      - {name: Gate 3, city: Springfield}
      - {}
--- run
bargain notice campaign.yaml strike
--- stderr
bargain: campaign.yaml:4:5: the media advisory for 'strike' lists location 2, which names no place: give it a `name:`, `address:` or `city:`
bargain: nothing written; give --draft to write it with a placeholder for each missing value
--- exit 2
