package org.ourpromise.demo.simulation;

/** Common given and family names in England, broadly by heritage (facts, not people). */
final class Names {

    private static final String[] BOYS = {"Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie",
        "Freddie", "Oscar", "Leo", "Logan", "James", "Thomas", "Joshua", "William", "Riley", "Archie", "Lewis", "Mason",
        "Kai", "Tyler", "Callum", "Liam", "Connor", "Dylan", "Ethan", "Jayden", "Reece", "Kyle"};
    private static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Mia", "Ruby", "Lily", "Grace",
        "Evie", "Sophie", "Ella", "Poppy", "Freya", "Chloe", "Jessica", "Holly", "Megan", "Lacey", "Summer", "Leah",
        "Skye", "Paige", "Kayla", "Courtney", "Millie", "Tia", "Keira", "Hannah", "Abigail"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "Harris", "Lewis", "Hughes", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "King",
        "Baker", "Harrison", "Morgan", "Allen", "Mason", "Parker", "Price", "Bennett", "Griffiths", "Kelly"};
    private static final String[] SOUTH_ASIAN_BOYS = {"Mohammed", "Ayaan", "Arjun", "Zain", "Ibrahim", "Rayan", "Aarav", "Hamza"};
    private static final String[] SOUTH_ASIAN_GIRLS = {"Aisha", "Maryam", "Priya", "Zara", "Fatima", "Anaya", "Inaya", "Simran"};
    private static final String[] SOUTH_ASIAN_FAMILY = {"Khan", "Patel", "Hussain", "Ahmed", "Begum", "Ali", "Shah", "Mistry", "Singh", "Akhtar"};
    private static final String[] AFRICAN_BOYS = {"Daniel", "Samuel", "David", "Emmanuel", "Michael", "Joshua", "Elijah", "Kofi"};
    private static final String[] AFRICAN_GIRLS = {"Esther", "Blessing", "Grace", "Precious", "Favour", "Abena", "Ruth", "Naomi"};
    private static final String[] AFRICAN_FAMILY = {"Okafor", "Mensah", "Adeyemi", "Osei", "Mohamed", "Abdi", "Tesfaye", "Haile", "Bangura", "Kamara"};
    /** Names common among young people arriving alone (Sudan, Eritrea, Afghanistan, Iran, Vietnam, Albania). */
    private static final String[] ARRIVED_BOYS = {"Ahmad", "Mohammad", "Yonas", "Abdullah", "Ali", "Bereket", "Reza", "Minh", "Ardit", "Omar"};
    private static final String[] ARRIVED_FAMILY = {"Ahmadi", "Mohammadi", "Tesfay", "Hashimi", "Karimi", "Rezaei", "Nguyen", "Hoxha", "Osman", "Abdalla"};

    private Names() {
    }

    static String given(Chance chance, String sex, String ethnicity, boolean uasc) {
        boolean boy = !sex.equals("F");
        if (uasc && boy) {
            return chance.oneOf(ARRIVED_BOYS);
        }
        return switch (ethnicity) {
            case "AIND", "APKN", "ABAN", "AOTH" -> chance.oneOf(boy ? SOUTH_ASIAN_BOYS : SOUTH_ASIAN_GIRLS);
            case "BAFR", "BOTH" -> chance.oneOf(boy ? AFRICAN_BOYS : AFRICAN_GIRLS);
            default -> chance.oneOf(boy ? BOYS : GIRLS);
        };
    }

    static String family(Chance chance, String ethnicity, boolean uasc) {
        if (uasc) {
            return chance.oneOf(ARRIVED_FAMILY);
        }
        return switch (ethnicity) {
            case "AIND", "APKN", "ABAN", "AOTH" -> chance.oneOf(SOUTH_ASIAN_FAMILY);
            case "BAFR", "BOTH" -> chance.oneOf(AFRICAN_FAMILY);
            default -> chance.oneOf(FAMILY);
        };
    }
}
