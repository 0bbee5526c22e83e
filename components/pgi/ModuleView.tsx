"use client";
import { PGI_MODULES, type PgiModuleId, type WorkspaceData } from "./workspace";
import { CustomersModule } from "./CustomersModule";
import { DocumentsModule } from "./DocumentsModule";
import { MailModule } from "./MailModule";
import { OutboxModule } from "./OutboxModule";
import { PaymentsModule } from "./PaymentsModule";
import { ProductsModule } from "./ProductsModule";

function ModuleBody({ module, data }: { module: PgiModuleId; data: WorkspaceData }) {
  switch (module) {
    case "mail":
      return <MailModule data={data} />;
    case "customers":
      return <CustomersModule data={data} />;
    case "products":
      return <ProductsModule data={data} />;
    case "orders":
      return <DocumentsModule data={data} screen="orders" />;
    case "deliveries":
      return <DocumentsModule data={data} screen="deliveries" />;
    case "invoices":
      return <DocumentsModule data={data} screen="invoices" />;
    case "payments":
      return <PaymentsModule data={data} />;
    case "outbox":
      return <OutboxModule data={data} />;
  }
}

/** One screen of the PGI: a view over the data the learner consults to decide (it decides nothing). */
export function ModuleView({ module, data }: { module: PgiModuleId; data: WorkspaceData }) {
  const label = PGI_MODULES.find((m) => m.id === module)?.label ?? module;
  return (
    <div className="pgi-view">
      <h2 tabIndex={-1}>{label}</h2>
      <ModuleBody key={module} module={module} data={data} />
    </div>
  );
}
