#include <catch2/catch.hpp>

#include "parse/metrics.h"
#include "test_support.h"

using namespace ip;

namespace {
// "text|kind" for each metric, joined with "; ".
std::string metrics_of(const std::string& bullet) {
    std::string out;
    for (const Metric& m : find_metrics(test::knowledge(), bullet)) {
        if (!out.empty()) out += "; ";
        out += m.text + "|" + std::string(name_of(m.kind));
    }
    return out;
}
}  // namespace

TEST_CASE("metrics: percentages, uptime, multipliers") {
    CHECK(metrics_of("Designed and built distributed microservices handling 500K+ requests/second using Java and "
                     "Python, reducing p99 latency by 38%") == "500K+ requests/second|throughput; 38%|percent");
    CHECK(metrics_of("processing 2B+ events per day with 99.99% uptime") ==
          "2B+ events per day|throughput; 99.99% uptime|uptime");
    CHECK(metrics_of("Made the build 3x faster and cut flaky tests 10\xC3\x97") ==
          "3x|multiplier; 10\xC3\x97|multiplier");
    CHECK(metrics_of("Raised conversion 12 percent") == "12 percent|percent");
}

TEST_CASE("metrics: before and after deltas") {
    CHECK(metrics_of("Owned full on-call rotation; reduced MTTD from 14 minutes to 4 minutes through improved "
                     "CloudWatch alerting") == "from 14 minutes to 4 minutes|time_delta");
    CHECK(metrics_of("shrinking median test duration from 21 to 12 days") == "from 21 to 12 days|time_delta");
    CHECK(metrics_of("cut close from 9 to 6 business days") == "from 9 to 6 business days|time_delta");
    CHECK(metrics_of("cutting route-planning time from 2.4 s to 300 ms") == "from 2.4 s to 300 ms|latency");
    CHECK(metrics_of("raised coverage of the ledger module from 52% to 88%") == "from 52% to 88%|percent");
    CHECK(metrics_of("reducing duplicate refunds from 120 per month to fewer than 5") ==
          "from 120 per month to fewer than 5|count");
    CHECK(metrics_of("p99 latency from 800ms to 120ms") == "from 800ms to 120ms|latency");
}

TEST_CASE("metrics: money in its common spellings") {
    CHECK(metrics_of("Saved $2.3M annually") == "$2.3M|money");
    CHECK(metrics_of("Closed $2.4M in new ARR against a $2.0M quota (121% attainment)") ==
          "$2.4M|money; $2.0M|money; 121%|percent");
    CHECK(metrics_of("Reduced Snowflake spend by $410K per year") == "$410K per year|money");
    CHECK(metrics_of("audits (revenue $300M\xE2\x80\x93$4B)") == "$300M\xE2\x80\x93$4B|money");
    CHECK(metrics_of("grew revenue by $1.2 million") == "$1.2 million|money");
    CHECK(metrics_of("a \xE2\x82\xAC"
                     "40,000 grant") ==
          "\xE2\x82\xAC"
          "40,000|money");
}

TEST_CASE("metrics: users, team sizes, counts, durations") {
    CHECK(metrics_of("Built Java (Spring Boot) booking services serving 50M monthly users") ==
          "50M monthly users|users");
    CHECK(metrics_of(
              "Led technical design reviews for a team of 8 engineers; mentored 3 junior engineers to promotion") ==
          "team of 8 engineers|team_size; 3 junior engineers|team_size");
    CHECK(metrics_of("Managed a team of five") == "team of five|team_size");
    CHECK(metrics_of("Ran fieldwork with teams of 4-7") == "teams of 4-7|team_size");
    CHECK(metrics_of("Hired into an 8-person team") == "8-person team|team_size");
    CHECK(metrics_of("Designed REST and gRPC APIs consumed by 12 partner teams") == "12 partner teams|count");
    CHECK(metrics_of("Built data ingestion jobs for MLS listing feeds covering 1.2M properties") ==
          "1.2M properties|count");
    CHECK(metrics_of("Ran 25+ discovery and demo calls per week") == "25+ discovery and demo calls per week|count");
    CHECK(metrics_of("Maintained 94% forecast accuracy across 8 consecutive quarters") ==
          "94%|percent; 8 consecutive quarters|duration");
    CHECK(metrics_of("saving analysts 15 hours a week") == "15 hours a week|duration");
    CHECK(metrics_of("processing 3 TB per day") == "3 TB per day|throughput");
    CHECK(metrics_of("Served 200ms p99 responses") == "200ms|latency");
}

TEST_CASE("metrics: numbers that are not measurements are skipped") {
    CHECK(metrics_of("Tested revenue recognition under ASC 606 and SOX 404 controls") == "");
    CHECK(metrics_of("Shipped in Q3 2021 on Python 3 and 24/7 on-call, reducing p99") == "");
    CHECK(metrics_of("Built 3D renderers for 5G radios") == "");
    CHECK(metrics_of("ranked #2 of 18 reps") == "18 reps|count");
    CHECK(metrics_of("all 4 hit ramp quota") == "");
}
