package es.clinica.service;

import es.clinica.domain.Address;
import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.EmergencyContact;
import es.clinica.domain.NationalId;
import es.clinica.domain.NationalIdType;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.SearchText;
import es.clinica.domain.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Made-up but plausible Spanish patients, the same for the same seed number: patient {@code i} of
 * seed {@code s} depends only on {@code s} and {@code i}, so the first patients of a small clinic
 * are the first patients of a large one. National ids are unique within one seed (a permutation of
 * the DNI numbers), with valid check letters.
 */
public final class SyntheticClinic {

    /** One made-up patient and its profile. */
    public record Person(PatientData data, ProfileData profile) {}

    private static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 1, 1);
    private static final long DNI_NUMBERS = 100_000_000L;
    private static final long STRIDE = 7_919_111L;

    private static final String[] WOMEN = {
        "María",
        "Carmen",
        "Ana",
        "Isabel",
        "Laura",
        "Lucía",
        "Marta",
        "Cristina",
        "Pilar",
        "Elena",
        "Sofía",
        "Paula",
        "Begoña",
        "Nuria",
        "Raquel",
        "Rocío",
        "Inmaculada",
        "Mónica",
        "Ángela",
        "Beatriz",
        "Noemí",
        "Irene",
        "Alba",
        "Sara",
        "María José",
        "Ana Belén",
        "Montserrat",
        "Yolanda",
        "Verónica",
        "Aitana",
        "Estíbaliz",
        "Ainhoa",
        "Maite",
        "Inés"
    };
    private static final String[] MEN = {
        "Antonio",
        "José",
        "Manuel",
        "Francisco",
        "David",
        "Juan",
        "Javier",
        "Daniel",
        "Carlos",
        "Jesús",
        "Alejandro",
        "Miguel",
        "Rafael",
        "Pablo",
        "Sergio",
        "Fernando",
        "Jorge",
        "Álvaro",
        "Adrián",
        "Raúl",
        "Íñigo",
        "Rubén",
        "Óscar",
        "Andrés",
        "Joaquín",
        "Ramón",
        "Iñaki",
        "José Luis",
        "Juan Carlos",
        "Tomás",
        "Martín",
        "Hugo",
        "Jesús María",
        "Xavier"
    };
    private static final String[] SURNAMES = {
        "García",
        "Rodríguez",
        "González",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Alonso",
        "Gutiérrez",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Ramírez",
        "Serrano",
        "Blanco",
        "Molina",
        "Morales",
        "Suárez",
        "Ortega",
        "Delgado",
        "Castro",
        "Ortiz",
        "Rubio",
        "Marín",
        "Sanz",
        "Núñez",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Castillo",
        "Santos",
        "Lozano",
        "Guerrero",
        "Cano",
        "Prieto",
        "Méndez",
        "Cruz",
        "Calvo",
        "Gallego",
        "Peña",
        "Ibáñez",
        "Montaña",
        "Castaño",
        "Ordóñez",
        "Echevarría",
        "Etxeberria",
        "Villaseñor",
        "Peñalver",
        "Zúñiga",
        "Bermúdez",
        "Álvarez-Ossorio",
        "Nieto",
        "Carmona",
        "Pascual",
        "Herrera",
        "Aguilar",
        "Vidal",
        "Fuentes",
        "Sáez"
    };
    private static final String[][] CITIES = {
        {"Madrid", "28", "Madrid"},
        {"Barcelona", "08", "Barcelona"},
        {"Valencia", "46", "Valencia"},
        {"Sevilla", "41", "Sevilla"},
        {"Zaragoza", "50", "Zaragoza"},
        {"Málaga", "29", "Málaga"},
        {"A Coruña", "15", "A Coruña"},
        {"Logroño", "26", "La Rioja"},
        {"Cádiz", "11", "Cádiz"},
        {"Ávila", "05", "Ávila"},
        {"Bilbao", "48", "Bizkaia"},
        {"Alcalá de Henares", "28", "Madrid"}
    };
    private static final String[] STREETS = {
        "Calle Mayor", "Avenida de la Constitución", "Calle Real", "Plaza de España",
        "Calle del Carmen", "Paseo de la Castellana", "Calle Nueva", "Avenida de Andalucía",
        "Calle de la Iglesia", "Rambla de Catalunya", "Calle San Martín", "Calle Peñascal"
    };
    private static final String[][] ALLERGENS = {
        {"Penicilina", "medication"},
        {"Amoxicilina", "medication"},
        {"Ibuprofeno", "medication"},
        {"Ácido acetilsalicílico", "medication"},
        {"Metamizol", "medication"},
        {"Sulfamidas", "medication"},
        {"Látex", "environment"},
        {"Polen de gramíneas", "environment"},
        {"Polen de olivo", "environment"},
        {"Ácaros del polvo", "environment"},
        {"Epitelio de gato", "environment"},
        {"Veneno de abeja", "environment"},
        {"Frutos secos", "food"},
        {"Cacahuete", "food"},
        {"Marisco", "food"},
        {"Huevo", "food"},
        {"Leche de vaca", "food"},
        {"Gluten", "food"}
    };
    private static final String[] REACTIONS = {
        "Urticaria",
        "Rinitis",
        "Anafilaxia",
        "Angioedema",
        "Erupción cutánea",
        "Broncoespasmo",
        "Picor de garganta",
        "Náuseas"
    };
    private static final String[] RELATIONS = {"Madre", "Padre", "Cónyuge", "Hija", "Hijo"};

    private final long seed;
    private final long offset;

    public SyntheticClinic(long seed) {
        this.seed = seed;
        this.offset = Math.floorMod(new SplittableRandom(seed).nextLong(), DNI_NUMBERS);
    }

    /** Patient number {@code index} (from 0) of this seed. */
    public Person person(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        boolean woman = random.nextBoolean();
        String given = pick(random, woman ? WOMEN : MEN);
        String first = pick(random, SURNAMES);
        String second = random.nextInt(20) == 0 ? null : pick(random, SURNAMES);
        LocalDate born = REFERENCE_DAY.minusDays(random.nextInt(365 * 95));
        PatientData data =
                PatientData.of(
                        nationalId(index, random),
                        PersonName.of(given, first, second),
                        born,
                        woman ? Sex.FEMALE : Sex.MALE,
                        phone(random),
                        email(random, given, first, index));
        return new Person(data, profile(random, born));
    }

    private NationalId nationalId(int index, SplittableRandom random) {
        long number = Math.floorMod(offset + index * STRIDE, DNI_NUMBERS);
        if (number < 30_000_000L && random.nextInt(8) == 0) {
            String digits = String.format("%07d", number % 10_000_000L);
            char prefix = "XYZ".charAt((int) (number / 10_000_000L));
            return NationalId.of(
                    NationalIdType.NIE, prefix + digits + NationalId.dniLetter((int) number));
        }
        return NationalId.of(
                NationalIdType.DNI,
                String.format("%08d", number) + NationalId.dniLetter((int) number));
    }

    private static String phone(SplittableRandom random) {
        int first = random.nextInt(4) == 0 ? 9 : 6;
        return String.format(
                "+34 %d%02d %03d %03d",
                first, random.nextInt(100), random.nextInt(1000), random.nextInt(1000));
    }

    private static String email(SplittableRandom random, String given, String surname, int index) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        String local = SearchText.fold(given).replace(' ', '.') + "." + SearchText.fold(surname);
        return local.replace(' ', '.') + index + "@example.com";
    }

    private ProfileData profile(SplittableRandom random, LocalDate born) {
        List<Allergy> allergies = new ArrayList<>();
        int count = random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < count; i++) {
            String[] allergen = ALLERGENS[random.nextInt(ALLERGENS.length)];
            if (allergies.stream().noneMatch(a -> a.substance().equals(allergen[0]))) {
                allergies.add(allergy(random, allergen, born));
            }
        }
        String[] city = CITIES[random.nextInt(CITIES.length)];
        Address address =
                new Address(
                        List.of(pick(random, STREETS) + ", " + (1 + random.nextInt(150))),
                        Optional.of(city[0]),
                        Optional.of(city[1] + String.format("%03d", random.nextInt(1000))),
                        Optional.of(city[2]),
                        Optional.of("España"));
        Optional<EmergencyContact> contact =
                random.nextBoolean()
                        ? Optional.of(
                                new EmergencyContact(
                                        pick(random, WOMEN) + " " + pick(random, SURNAMES),
                                        Optional.of(pick(random, RELATIONS)),
                                        Optional.of(phone(random))))
                        : Optional.empty();
        return new ProfileData(
                allergies, List.of(), Optional.of(address), contact, "", Optional.empty());
    }

    private static Allergy allergy(SplittableRandom random, String[] allergen, LocalDate born) {
        long days = Math.max(1, REFERENCE_DAY.toEpochDay() - born.toEpochDay());
        AllergySeverity severity = AllergySeverity.values()[random.nextInt(4)];
        return new Allergy(
                allergen[0],
                Optional.empty(),
                Optional.empty(),
                Optional.of(pick(random, REACTIONS)),
                severity,
                Optional.of(allergen[1]),
                Optional.of(severity == AllergySeverity.SEVERE ? "high" : "low"),
                Optional.of("active"),
                Optional.of(born.plusDays(random.nextLong(days))));
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
