// Job-posting headers as people paste them from each job board (issue 14):
// the title, the employer people say, its legal name, and the place, from
// LinkedIn, Indeed, Greenhouse, Lever, Workday and USAJOBS layouts, and the
// employer named only in the posting's prose. Postings are short fictional
// snippets in each layout.
#include <catch2/catch.hpp>

#include "knowledge/company_name_key.h"
#include "parse/clean_text.h"
#include "parse/job_text.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

Job parse(const std::string& raw) { return parse_job_text(test::shipped_knowledge(), clean_pasted_text(raw)); }

const char* const kBody =
    "\nResponsibilities\n"
    "- Build and maintain data pipelines\n"
    "- Partner with analysts on reporting\n\n"
    "Requirements\n"
    "- 3+ years of experience with SQL\n";

}  // namespace

TEST_CASE("job header: Indeed's Company / Title / Location block with a salary line") {
    const Job j = parse(std::string("Harbor Freight Analytics\nData Engineer\nDenver, CO\n"
                                    "$64,000 - $79,000 a year - Full-time\n") +
                        kBody);
    CHECK(j.title == std::string("Data Engineer"));
    CHECK(j.company == std::string("Harbor Freight Analytics"));
    CHECK(j.location == std::string("Denver, CO"));
}

TEST_CASE("job header: Indeed's Title / Company / Location with the salary line") {
    const Job j = parse(std::string("Customer Success Manager\nBluefin Ledger\nAustin, TX\n"
                                    "$64,000 - $79,000 a year - Full-time\n") +
                        kBody);
    CHECK(j.title == std::string("Customer Success Manager"));
    CHECK(j.company == std::string("Bluefin Ledger"));
    CHECK(j.location == std::string("Austin, TX"));
}

TEST_CASE("job header: LinkedIn's Title / Company · City (Hybrid) · posting age") {
    const Job j = parse(std::string("Senior Product Designer\n"
                                    "Quillstone \xC2\xB7 Chicago, IL (Hybrid) \xC2\xB7 2 weeks ago \xC2\xB7 "
                                    "Over 100 applicants\n"
                                    "$120K/yr - $140K/yr \xC2\xB7 Hybrid \xC2\xB7 Full-time\n"
                                    "Easy Apply\n") +
                        kBody);
    CHECK(j.title == std::string("Senior Product Designer"));
    CHECK(j.company == std::string("Quillstone"));
    CHECK(j.location == std::string("Chicago, IL (Hybrid)"));
}

TEST_CASE("job header: LinkedIn with the company above the title") {
    const Job j = parse(std::string("Quillstone\nSenior Product Designer\n"
                                    "Chicago, IL \xC2\xB7 Reposted 1 week ago \xC2\xB7 87 applicants\n") +
                        kBody);
    CHECK(j.title == std::string("Senior Product Designer"));
    CHECK(j.company == std::string("Quillstone"));
    CHECK(j.location == std::string("Chicago, IL"));
}

TEST_CASE("job header: a whole LinkedIn page pasted, logo text and buttons included") {
    const Job j = parse(std::string("Acme Health logo\nAcme Health\nShare\nShow more options\nSenior Data Analyst\n"
                                    "Chicago, IL \xC2\xB7 Reposted 2 weeks ago \xC2\xB7 Over 100 applicants\n"
                                    "Promoted by hirer \xC2\xB7 Responses managed off LinkedIn\n"
                                    "Hybrid\nFull-time\nMid-Senior level\nEasy Apply\nSave\n") +
                        kBody);
    CHECK(j.title == std::string("Senior Data Analyst"));
    CHECK(j.company == std::string("Acme Health"));
    CHECK(j.location == std::string("Chicago, IL"));
}

TEST_CASE("job header: a whole Indeed page pasted, rating and job-details fields included") {
    const Job j = parse(std::string("Data Analyst\nCrescent Health Partners\n3.6 out of 5 stars\nNashville, TN\n"
                                    "$64,000 - $79,000 a year - Full-time\nApply now\nJob details\nPay\n"
                                    "$64,000 - $79,000 a year\nJob type\nFull-time\n") +
                        kBody);
    CHECK(j.title == std::string("Data Analyst"));
    CHECK(j.company == std::string("Crescent Health Partners"));
    CHECK(j.location == std::string("Nashville, TN"));
}

TEST_CASE("job header: Greenhouse's Title / Company / Location / Apply, legal name kept apart") {
    const Job j = parse(std::string("Backend Engineer\nNorthwind Robotics, Inc.\nPittsburgh, PA\n\nApply\n") + kBody);
    CHECK(j.title == std::string("Backend Engineer"));
    CHECK(j.company == std::string("Northwind Robotics"));
    CHECK(j.company_legal == std::string("Northwind Robotics, Inc."));
    CHECK(j.location == std::string("Pittsburgh, PA"));
}

TEST_CASE("job header: a known company's legal entity is spoken as the company") {
    const Job amazon = parse(std::string("Business Analyst\nAmazon Corporate LLC\nSeattle, WA\n") + kBody);
    CHECK(amazon.title == std::string("Business Analyst"));
    CHECK(amazon.company == std::string("Amazon"));
    CHECK(amazon.company_legal == std::string("Amazon Corporate LLC"));

    const Job services = parse(std::string("Area Manager\nAmazon.com Services LLC\nAustin, TX\n") + kBody);
    CHECK(services.company == std::string("Amazon"));
    CHECK(services.company_legal == std::string("Amazon.com Services LLC"));

    const Job meta = parse(std::string("Data Scientist, Product Analytics\nMeta Platforms, Inc.\nMenlo Park, CA\n") +
                           kBody);
    CHECK(meta.company == std::string("Meta"));
    CHECK(meta.company_legal == std::string("Meta Platforms, Inc."));
}

TEST_CASE("job header: the legal forms people write are dropped from the spoken name") {
    const auto& suffixes = test::shipped_knowledge().reading.legal_suffixes;
    CHECK(without_legal_suffixes("Acme Widgets GmbH", suffixes) == "Acme Widgets");
    CHECK(without_legal_suffixes("Borealis Foods Ltd.", suffixes) == "Borealis Foods");
    CHECK(without_legal_suffixes("Tern Holdings plc", suffixes) == "Tern");
    CHECK(without_legal_suffixes("Acme Holdings, Inc.", suffixes) == "Acme");
    CHECK(without_legal_suffixes("Amazon Corporate LLC", suffixes) == "Amazon");
    CHECK(without_legal_suffixes("Holdings, Inc.", suffixes) == "Holdings");  // never emptied
    CHECK(without_legal_suffixes("Cobalt Systems S.A.", suffixes) == "Cobalt Systems");
    CHECK(without_legal_suffixes("Vireo Pharma AG", suffixes) == "Vireo Pharma");
    CHECK(without_legal_suffixes("JPMorgan Chase & Co.", suffixes) == "JPMorgan Chase");
    CHECK(without_legal_suffixes("Lumen Corporation", suffixes) == "Lumen");
    CHECK(without_legal_suffixes("LLC", suffixes) == "LLC");
    CHECK(without_legal_suffixes("McKinsey & Company", suffixes) == "McKinsey & Company");
}

TEST_CASE("job header: Lever's Title / Location / Team / Commitment, company from 'About'") {
    const Job j = parse(std::string("Platform Engineer\nRemote / Engineering \xE2\x80\x93 Platform / Full-time\n\n"
                                    "About Fennel Health\n"
                                    "Fennel Health builds software that helps clinics schedule care.\n") +
                        kBody);
    CHECK(j.title == std::string("Platform Engineer"));
    CHECK(j.company == std::string("Fennel Health"));
    CHECK(j.location == std::string("Remote"));
}

TEST_CASE("job header: Workday's label lines, company from 'At X, we'") {
    const Job j = parse(std::string("Senior Financial Analyst\nlocations\nSan Jose, CA\ntime type\nFull time\n"
                                    "posted on\nPosted 3 Days Ago\njob requisition id\nR12345\n\n"
                                    "At Tidewater Semiconductor, we design the chips inside tomorrow's cars.\n") +
                        kBody);
    CHECK(j.title == std::string("Senior Financial Analyst"));
    CHECK(j.company == std::string("Tidewater Semiconductor"));
    CHECK(j.location == std::string("San Jose, CA"));
}

TEST_CASE("job header: USAJOBS agency lines") {
    const Job j = parse(std::string("IT Specialist (INFOSEC)\nDepartment of Veterans Affairs\n"
                                    "Veterans Health Administration\nOpen & closing dates\n"
                                    "Salary $86,962 - $113,047 per year\n\nSummary\n"
                                    "This position is in the Office of Information Technology.\n") +
                        kBody);
    CHECK(j.title == std::string("IT Specialist (INFOSEC)"));
    CHECK(j.company == std::string("Department of Veterans Affairs"));
}

TEST_CASE("job header: USAJOBS label lines name the agency under the department as the employer") {
    // tests/fixtures/real/README.md: on a USAJOBS page the company is the agency.
    const Job j = parse(std::string("Hydrologist\nDepartment:\nDepartment of the Interior\nAgency:\n"
                                    "U.S. Geological Survey\nLocation:\nDenver, CO\n") +
                        kBody);
    CHECK(j.title == std::string("Hydrologist"));
    CHECK(j.company == std::string("U.S. Geological Survey"));
    CHECK(j.location == std::string("Denver, CO"));
}

TEST_CASE("job header: title only, the company named in the first paragraph") {
    const Job j = parse(std::string("Senior Software Engineer, Streaming Platform\n\n"
                                    "Netflix is one of the world's leading entertainment services, with members in "
                                    "over 190 countries enjoying series and films.\n") +
                        kBody);
    CHECK(j.title == std::string("Senior Software Engineer, Streaming Platform"));
    CHECK(j.company == std::string("Netflix"));

    const Job unknown = parse(std::string("Operations Coordinator\n\nAbout the company\n"
                                          "Marigold Logistics is a family-owned freight broker based in Ohio. "
                                          "Marigold Logistics moves goods for 400 retailers.\n") +
                              kBody);
    CHECK(unknown.title == std::string("Operations Coordinator"));
    CHECK(unknown.company == std::string("Marigold Logistics"));

    const Job join = parse(std::string("Account Executive\n\nJoin Pebblebrook as we bring payroll to small "
                                       "restaurants across the Midwest and beyond.\n") +
                           kBody);
    CHECK(join.company == std::string("Pebblebrook"));
}

TEST_CASE("job header: 'Who we are' and 'About us' paragraphs name the employer") {
    const Job j = parse(std::string("Health Services Coordinator\n\nWho we are\n"
                                    "Larkspur is a network of community clinics serving three counties.\n") +
                        kBody);
    CHECK(j.title == std::string("Health Services Coordinator"));
    CHECK(j.company == std::string("Larkspur"));

    const Job us = parse(std::string("Payroll Specialist\n\nAbout us\n"
                                     "Copperline Bakeries makes bread for 300 grocery stores.\n") +
                         kBody);
    CHECK(us.company == std::string("Copperline Bakeries"));
}

TEST_CASE("job header: prose that names no company gives none") {
    const Job j = parse(
        std::string("Data Analyst\n\nAbout the role\n"
                    "This role sits in our finance group and reports to the controller.\n\n"
                    "Requirements\n- Python is a plus\n"));
    CHECK(j.title == std::string("Data Analyst"));
    CHECK_FALSE(j.company);

    const Job skill = parse(std::string("Site Reliability Engineer\n\nAbout the team\n"
                                        "Kubernetes is the heart of our platform, and we run it on three clouds.\n") +
                            kBody);
    CHECK_FALSE(skill.company);
}
