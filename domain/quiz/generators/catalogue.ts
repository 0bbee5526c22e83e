/**
 * The world of the generated exercises: fictitious wholesalers with their catalogues, and their
 * customers (invented names, like the delivered scenarios', docs/decisions/0075). Prices are
 * catalogue prices HT with cents; VAT rates are those French law sets for these goods.
 */
import type { Cents } from "../../money";

export interface CatalogueProduct {
  /** As printed on an invoice line. */
  description: string;
  unitPriceCents: Cents;
  vatRate: number;
  /** The quantities a customer usually orders, from 1 to this. */
  maxQuantity: number;
}

export interface Wholesaler {
  name: string;
  products: readonly CatalogueProduct[];
}

const product = (description: string, euros: number, vatRate: number, maxQuantity: number): CatalogueProduct => ({
  description,
  unitPriceCents: Math.round(euros * 100),
  vatRate,
  maxQuantity,
});

/** Office supplies and furniture: every line at 20 %. */
export const OFFICE_SUPPLIER: Wholesaler = {
  name: "Bureautique Armor",
  products: [
    product("Ramette papier A4 80\u00a0g (500 feuilles)", 4.35, 20, 60),
    product("Enveloppes kraft C4 à fenêtre (boîte de 250)", 28.9, 20, 12),
    product("Chaise de bureau ergonomique Ergo 300", 189, 20, 8),
    product("Lampe de bureau LED orientable", 34.5, 20, 15),
    product("Classeurs à levier dos 80\u00a0mm (lot de 10)", 17.8, 20, 20),
    product("Toner laser noir 3 000 pages", 74.9, 20, 10),
    product("Armoire haute à portes battantes 198 × 100\u00a0cm", 412.6, 20, 4),
    product("Agrafeuse de bureau 50 feuilles", 12.65, 20, 25),
  ],
};

/** Workshop tools: every line at 20 %. */
export const TOOL_SUPPLIER: Wholesaler = {
  name: "Outillage Pro Normandie",
  products: [
    product("Perceuse-visseuse 18 V avec 2 batteries", 219.9, 20, 6),
    product("Scie plongeante 210\u00a0mm avec rail", 389, 20, 3),
    product("Serre-joints F 800\u00a0mm (lot de 4)", 46.8, 20, 10),
    product("Coffret de forets béton et bois (35 pièces)", 32.45, 20, 12),
    product("Établi pliant charge 200\u00a0kg", 129.5, 20, 5),
    product("Gants de manutention (paquet de 12 paires)", 27.6, 20, 20),
  ],
};

/** Fine foods (5,5 %) with their shop displays and gift boxes (20 %). */
export const FOOD_SUPPLIER: Wholesaler = {
  name: "Sirops et Confitures du Vercors",
  products: [
    product("Confiture de myrtilles sauvages (12 pots de 340\u00a0g)", 41.4, 5.5, 20),
    product("Sirop de framboise (6 bouteilles de 70\u00a0cl)", 27.6, 5.5, 30),
    product("Nectar d'abricot (6 bouteilles de 1\u00a0L)", 13.8, 5.5, 40),
    product("Miel de montagne (12 pots de 500\u00a0g)", 86.4, 5.5, 10),
    product("Présentoir de comptoir en bois", 64.9, 20, 4),
    product("Coffret cadeau en carton kraft (lot de 20)", 38.5, 20, 10),
    product("Liqueur de framboise 50\u00a0cl (carton de 6)", 95.7, 20, 6),
  ],
};

/** Ornamental plants (10 %) with garden tools and supplies (20 %). */
export const NURSERY_SUPPLIER: Wholesaler = {
  name: "Pépinières du Val d'Authion",
  products: [
    product("Rosier buisson en conteneur 3\u00a0L", 8.9, 10, 60),
    product("Laurier-palme en conteneur 10\u00a0L", 24.5, 10, 30),
    product("Bulbes de tulipes (sachet de 50)", 12.4, 10, 40),
    product("Olivier en pot 60\u00a0L", 149, 10, 4),
    product("Sécateur professionnel", 39.95, 20, 10),
    product("Jardinière en terre cuite 80\u00a0cm", 27.3, 20, 12),
    product("Toile de paillage (rouleau de 25\u00a0m)", 18.75, 20, 15),
  ],
};

/** Sellers whose lines all take one rate; sellers of two rates, for the invoices with several. */
export const SINGLE_RATE_SELLERS: readonly Wholesaler[] = [OFFICE_SUPPLIER, TOOL_SUPPLIER];
export const TWO_RATE_SELLERS: readonly Wholesaler[] = [FOOD_SUPPLIER, NURSERY_SUPPLIER];

/** Professional customers (companies, shops, craftsmen). */
export const CUSTOMERS: readonly string[] = [
  "Garage Lemarchand",
  "Hôtel Le Surcouf",
  "Boulangerie du Ronceray",
  "Menuiserie Vasseur",
  "Agence Com'Loire",
  "Le Panier Provençal",
  "La Table des Canuts",
  "Clinique vétérinaire des Remparts",
  "Imprimerie Touraine Graphic",
  "Jardins et Paysages Morvan",
  "Épicerie fine Castagné",
  "Cabinet Delorme Expertise",
];
